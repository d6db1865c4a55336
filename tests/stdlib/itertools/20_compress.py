import itertools

print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress("ABCDEF", [1, 1])))
print(list(itertools.compress("AB", [0, 1, 1, 1, 1])))
print(list(itertools.compress(range(6), [True, False, "x", "", [0], []])))
print(list(itertools.compress([], [1, 1])), list(itertools.compress([1, 2], [])))
print(list(itertools.compress(data=range(5), selectors=[0, 1, 0, 1])))
print(list(itertools.islice(itertools.compress(itertools.count(), itertools.cycle([0, 0, 1])), 4)))
data = iter(range(10))
sel = iter([0, 0, 1, 0])
print(list(itertools.compress(data, sel)), next(data), list(sel))
data = iter("abc")
sel = iter([1, 1, 1, 1, 1, 0])
print(list(itertools.compress(data, sel)), next(sel), next(sel))
c = itertools.compress("xyz", [0, 1, 1])
print(next(c), next(c))
scores = [55, 91, 78, 40, 88]
names = ["ann", "bob", "cy", "dee", "eve"]
print(list(itertools.compress(names, [s >= 75 for s in scores])))


class Sel:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  bool", self.v)
        return self.v > 1


print(list(itertools.compress("abcd", [Sel(0), Sel(2), Sel(1), Sel(3)])))
for ch in itertools.compress("loop", [1, 0, 0, 1]):
    print("for", ch)
