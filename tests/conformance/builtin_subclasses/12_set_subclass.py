class Tags(set):
    def describe(self):
        return "Tags" + str(sorted(self))

t = Tags([3, 1, 2])
t.add(5)
t.add(1)
t.discard(2)
t.discard(99)
print(t.describe(), len(t), 5 in t, 2 in t, 2 not in t)
u = t | {7}
i = t & {1, 5, 8}
d = t - {1}
x = t ^ {1, 9}
for name, r in [("or", u), ("and", i), ("sub", d), ("xor", x)]:
    print(name, sorted(r), type(r).__name__)
print(type({0} | t).__name__, type(t.union([4])).__name__, type(t.copy()).__name__)
same = t
t |= {10}
t &= {1, 3, 10}
print(sorted(t), type(t).__name__, t is same)
print(t == {1, 3, 10}, {1, 3, 10} == t, t <= {1, 3, 10, 11}, t < {1, 3}, t == Tags([1, 3, 10]))
print(isinstance(t, set), type(t) is set, bool(Tags()), len(Tags("aab")))
t.remove(3)
print(t.pop() in (1, 10), len(t))
print(Tags([2, 1]), repr(Tags()))
try:
    t.remove(42)
except KeyError as e:
    print("KeyError", e)
