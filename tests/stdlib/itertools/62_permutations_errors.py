import itertools


def t(label, f):
    try:
        print(label, "ok", f())
    except Exception as e:
        print(label, type(e).__name__, e)


t("permutations()", lambda: itertools.permutations())
t("permutations(r=2)", lambda: itertools.permutations(r=2))
t("permutations(x, 1, 2)", lambda: itertools.permutations("a", 1, 2))
t("permutations(x, -1)", lambda: itertools.permutations("abc", -1))
t("permutations('', -5)", lambda: itertools.permutations("", -5))
t("permutations(x, 1.5)", lambda: itertools.permutations("abc", 1.5))
t("permutations(x, 2.0)", lambda: itertools.permutations("abc", 2.0))
t("permutations(x, '2')", lambda: itertools.permutations("abc", "2"))
t("permutations(x, 2**70)", lambda: itertools.permutations("abc", 2 ** 70))
t("permutations(x, -2**70)", lambda: itertools.permutations("abc", -(2 ** 70)))
t("permutations(3)", lambda: itertools.permutations(3))
t("permutations(3, -1)", lambda: itertools.permutations(3, -1))
t("permutations(None)", lambda: itertools.permutations(None))
t("permutations(x, y=1)", lambda: itertools.permutations("a", y=1))
t("permutations(iterable=x)", lambda: list(itertools.permutations(iterable="ab")))
t("permutations(x, r=None)", lambda: len(list(itertools.permutations("abc", r=None))))
t("permutations(x, 1, r=1)", lambda: itertools.permutations("a", 1, r=1))


def g():
    yield 1
    raise LookupError("pool")


t("permutations(gen raising)", lambda: itertools.permutations(g()))


class Idx:
    def __index__(self):
        return 2


t("permutations(x, __index__)", lambda: list(itertools.permutations("abc", Idx())))
