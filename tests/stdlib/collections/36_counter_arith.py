from collections import Counter


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
t(lambda: a + b)
t(lambda: a - b)
t(lambda: b - a)
t(lambda: a & b)
t(lambda: a | b)
t(lambda: b | a)
t(lambda: b & a)
t(lambda: a + Counter())
t(lambda: Counter() - a)
t(lambda: Counter() | Counter())
t(lambda: a + {"a": 1})
t(lambda: a - 1)
t(lambda: {"a": 1} | a)
t(lambda: a | {"z": 1})
x = Counter("abbccc")
y = Counter("bcd")
print(x + y, x - y, x & y, x | y, sep="\n")
print(a)
print(b)
print(type(a + b).__name__)


class Sub(Counter):
    pass


s = Sub(a=1)
print(type(s + s).__name__, type(s - s).__name__, type(s | s).__name__, type(s & s).__name__)
print(s + s)
f = Counter(a=1.5, b=0.5)
print(f + Counter(a=0.5, b=-0.5), f - Counter(a=1))
