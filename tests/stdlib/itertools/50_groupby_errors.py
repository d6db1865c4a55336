import itertools


def t(label, f):
    try:
        print(label, "ok", f())
    except Exception as e:
        print(label, type(e).__name__, e)


t("groupby()", lambda: itertools.groupby())
t("groupby(1)", lambda: itertools.groupby(1))
t("groupby(a, b, c)", lambda: itertools.groupby([], None, 1))
t("groupby(bad kw)", lambda: itertools.groupby([], foo=1))
t("groupby(key only)", lambda: itertools.groupby(key=len))
t("non-callable key", lambda: list(itertools.groupby([1], key=5)))
t("non-callable key, empty", lambda: list(itertools.groupby([], key=5)))
t("key=len on ints", lambda: list(itertools.groupby([1, 2], key=len)))

def boom(x):
    if x == 3:
        raise KeyError(x)
    return x < 3

g = itertools.groupby([1, 2, 3, 4], key=boom)
k, grp = next(g)
print(k, next(grp), next(grp))
try:
    next(grp)
except KeyError as e:
    print("inner raised KeyError", e)
print(list(grp))
try:
    k, grp = next(g)
    print("outer after error:", k, list(grp))
except Exception as e:
    print("outer after error:", type(e).__name__, e)

def gen():
    yield "a"
    yield "a"
    raise ValueError("source failed")

g = itertools.groupby(gen())
k, grp = next(g)
print("first key", k)
try:
    print(list(grp))
except ValueError as e:
    print("ValueError", e)
print(next(g, "exhausted"))
# comparison of keys raising
class NoEq:
    def __eq__(self, other):
        raise TypeError("no comparing")
try:
    print(list(itertools.groupby([NoEq(), NoEq()])))
except TypeError as e:
    print(type(e).__name__, e)
