import itertools


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("  __index__", self.v)
        return self.v


class BadIdx:
    def __index__(self):
        raise KeyError("no index")


print(list(itertools.islice(range(10), Idx(3))))
print(list(itertools.islice(range(10), Idx(1), Idx(9), Idx(4))))
print(list(itertools.islice(range(10), None, Idx(2))))
try:
    itertools.islice(range(10), Idx(-2))
except ValueError as e:
    print("ValueError", e)
try:
    itertools.islice(range(10), BadIdx())
except Exception as e:
    print(type(e).__name__, e)
try:
    itertools.islice(range(10), 0, 5, Idx(0))
except ValueError as e:
    print("ValueError", e)
print(list(itertools.islice("abcdef", Idx(2), None)))
