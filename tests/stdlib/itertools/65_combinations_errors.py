import itertools

C = itertools.combinations
W = itertools.combinations_with_replacement


def t(label, f):
    try:
        print(label, "ok", f())
    except Exception as e:
        print(label, type(e).__name__, e)


for name, fn in [("combinations", C), ("cwr", W)]:
    print("--", name)
    t("no args", lambda: fn())
    t("no r", lambda: fn("abc"))
    t("r only", lambda: fn(r=2))
    t("r=-1", lambda: fn("abc", -1))
    t("r=-1 on empty", lambda: fn("", -1))
    t("r=1.0", lambda: fn("abc", 1.0))
    t("r=None", lambda: fn("abc", None))
    t("r='2'", lambda: fn("abc", "2"))
    t("r=2**70", lambda: fn("abc", 2 ** 70))
    t("three args", lambda: fn("abc", 1, 2))
    t("bad kw", lambda: fn("abc", 1, q=2))
    t("bad kw instead of r", lambda: fn("abc", q=2))
    t("int iterable", lambda: fn(3, 1))
    t("int iterable, bad r", lambda: fn(3, -1))
    t("both as keywords", lambda: len(list(fn(r=2, iterable="abc"))))
    t("r by position and keyword", lambda: fn("abc", 1, r=1))


class Idx:
    def __index__(self):
        return 2


t("combinations r=__index__", lambda: list(C("abc", Idx())))
t("cwr r=__index__", lambda: list(W("ab", Idx())))
t("combinations r=True", lambda: list(C("ab", True)))


def g():
    yield 1
    raise AttributeError("pool went away")


t("combinations(gen raising)", lambda: C(g(), 1))
t("cwr(gen raising)", lambda: W(g(), 1))
