import itertools


class Src:
    def __init__(self, name, items):
        self.name = name
        self.items = list(items)
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.items):
            print("  ", self.name, "stop")
            raise StopIteration
        v = self.items[self.i]
        self.i += 1
        print("  ", self.name, "->", v)
        return v


def key(x):
    print("   key", x)
    return x // 10


print("groupby created")
g = itertools.groupby(Src("g", [1, 2, 11, 12, 21]), key)
print("first next(g)")
k, grp = next(g)
print("got key", k, "; first next(grp)")
print(next(grp))
print("second next(g) skips the rest of the group")
k, grp = next(g)
print("got key", k)
print("list(grp):", list(grp))
print("last next(g)")
print(next(g)[0], next(g, "end"))
print("tee created")
a, b = itertools.tee(Src("t", "xyz"))
print("next(a):", next(a))
print("next(b) from buffer:", next(b))
print("next(b) pulls:", next(b))
print("list(a):", list(a))
print("list(b):", list(b))
print("permutations created")
p = itertools.permutations(Src("p", [1, 2]))
print("first:", next(p))
print("combinations created with r > n")
c = itertools.combinations(Src("c", [1]), 2)
print("list:", list(c))
