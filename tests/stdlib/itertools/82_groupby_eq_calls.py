import itertools


class K:
    def __init__(self, tag, val):
        self.tag = tag
        self.val = val

    def __eq__(self, other):
        print("   eq", self.tag, "==", other.tag)
        return self.val == other.val

    def __repr__(self):
        return self.tag


items = [K("a1", 1), K("a2", 1), K("b1", 2), K("b2", 2), K("c1", 3)]
print("groupby with no key")
for k, g in itertools.groupby(items):
    print(" key", k, "group", list(g))

print("skipping groups without reading them")
print(" keys", [k for k, _ in itertools.groupby(items)])
print("__eq__ returning a non-bool")
class Odd:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return [] if self.v != other.v else [1]

    def __repr__(self):
        return "Odd(%d)" % self.v


print([(k, list(g)) for k, g in itertools.groupby([Odd(1), Odd(1), Odd(2)])])

print("__eq__ that says everything is equal")
class Same:
    def __eq__(self, other):
        return True

    __hash__ = None


s = [Same(), Same(), Same()]
print([len(list(g)) for _, g in itertools.groupby(s)])
print([len(list(g)) for _, g in itertools.groupby([1, "1", 1.0], key=lambda x: Same())])
print("never-equal keys: identical objects still group (identity shortcut)")


class Never:
    def __eq__(self, other):
        print("   Never.__eq__ called")
        return False


n = Never()
print([len(list(g)) for _, g in itertools.groupby([n, n, Never()])])
