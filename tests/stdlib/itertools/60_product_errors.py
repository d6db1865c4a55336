import itertools
import sys


def t(label, f):
    try:
        print(label, "ok", f())
    except Exception as e:
        print(label, type(e).__name__, e)


t("product(1)", lambda: itertools.product(1))
t("product([1], 1)", lambda: itertools.product([1], 1))
t("product(None)", lambda: itertools.product(None))
t("product(x, repeat=-1)", lambda: itertools.product([1], repeat=-1))
t("product(repeat=-1)", lambda: itertools.product(repeat=-1))
t("product(1, repeat=-1)", lambda: itertools.product(1, repeat=-1))
t("product(x, repeat='2')", lambda: itertools.product([1], repeat="2"))
t("product(x, repeat=2.0)", lambda: itertools.product([1], repeat=2.0))
t("product(x, repeat=None)", lambda: itertools.product([1], repeat=None))
t("product(x, foo=1)", lambda: itertools.product([1], foo=1))
t("product(x, repeat=1, foo=1)", lambda: itertools.product([1], repeat=1, foo=1))
t("product(x, repeat=2**70)", lambda: itertools.product([1], repeat=2 ** 70))
t("product(x, repeat=maxsize)", lambda: itertools.product([1, 2], repeat=sys.maxsize))
t("product(x, y, repeat=maxsize//2+1)",
  lambda: itertools.product([1], [2], repeat=sys.maxsize // 2 + 1))
t("product(repeat=2**62)", lambda: list(itertools.product(repeat=2 ** 62)))
t("product(**{'repeat': 2})", lambda: list(itertools.product("a", **{"repeat": 2})))


class Bad:
    def __iter__(self):
        raise RuntimeError("no iter for you")


t("product(Bad())", lambda: itertools.product([1], Bad()))


def g():
    yield 1
    raise ZeroDivisionError("half way")


t("product(gen raising)", lambda: itertools.product(g()))
t("unhashable elements are fine", lambda: list(itertools.product([[1]], [{}])))
t("product(repeat=1) of str", lambda: list(itertools.product("xy", repeat=1)))
