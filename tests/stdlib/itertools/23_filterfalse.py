import itertools

print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, "", "a", [], [0], None, 0.0, False, True])))
print(list(itertools.filterfalse(bool, [0, 2, 0])))
print(list(itertools.filterfalse(str.isupper, "aBcDe")))
print(list(itertools.filterfalse(lambda x: x > 0, [])))
print(list(filter(None, [0, 1, 2])), list(itertools.filterfalse(None, [0, 1, 2])))
ff = itertools.filterfalse(lambda w: len(w) > 3, ["tree", "a", "house", "cat", "dog"])
print(next(ff), next(ff), list(ff))
print(list(itertools.islice(itertools.filterfalse(lambda n: n % 3, itertools.count(1)), 5)))


class Flag:
    def __init__(self, name, v):
        self.name = name
        self.v = v

    def __bool__(self):
        print("  bool of", self.name)
        return self.v

    def __repr__(self):
        return "Flag(%s)" % self.name


print(list(itertools.filterfalse(None, [Flag("a", True), Flag("b", False)])))
print(list(itertools.filterfalse(lambda x: Flag("p" + str(x), x == 1), [1, 2])))


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: list(itertools.filterfalse(5, [1])))
t(lambda: list(itertools.filterfalse(None, 5)))
t(lambda: itertools.filterfalse(None))
t(lambda: itertools.filterfalse(None, [1], [2]))
t(lambda: itertools.filterfalse(function=None, iterable=[1]))
t(lambda: list(itertools.filterfalse(len, [[], 1])))
