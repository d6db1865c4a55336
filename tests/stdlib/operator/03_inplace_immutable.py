import operator

x = 10
y = operator.iadd(x, 5)
print(x, y)
print(operator.isub(10, 3), operator.imul(4, 5), operator.itruediv(7, 2))
print(operator.ifloordiv(7, 2), operator.imod(7, 4), operator.ipow(2, 8))
print(operator.ilshift(1, 4), operator.irshift(256, 4))
print(operator.iand(12, 10), operator.ior(12, 10), operator.ixor(12, 10))
s = "ab"
t = operator.iadd(s, "cd")
print(s, t)
tup = (1, 2)
tup2 = operator.iadd(tup, (3,))
print(tup, tup2, tup is tup2)
print(operator.imul("xy", 3), operator.imul((0,), 4))
print(operator.iconcat("ab", "c"), operator.iconcat((1,), (2,)))
fs = frozenset({1, 2})
fs2 = operator.ior(fs, {3})
print(sorted(fs), sorted(fs2), fs is fs2)
print(operator.ipow(2, -2), operator.imod(-7, 3), operator.ifloordiv(-7, 3))
try:
    operator.itruediv(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    operator.imod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    operator.iadd(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    operator.isub("a", "b")
except TypeError as e:
    print("TypeError:", e)
