import operator

a = [1, 2]
b = a
r = operator.iadd(a, [3, 4])
print(a, b, r is a, b is a)
r = operator.iadd(a, (5,))
print(a, r is a)
r = operator.iadd(a, "xy")
print(a, r is a)
r = operator.iconcat(a, range(2))
print(a, r is a)
m = [0, 1]
r = operator.imul(m, 3)
print(m, r is m)
r = operator.imul(m, 0)
print(m, r is m)
s = {1, 2, 3}
r = operator.ior(s, {9})
print(sorted(s), r is s)
r = operator.iand(s, {1, 9, 7})
print(sorted(s), r is s)
r = operator.isub(s, {1})
print(sorted(s), r is s)
r = operator.ixor(s, {9, 4})
print(sorted(s), r is s)
d = {"a": 1}
r = operator.ior(d, {"b": 2})
print(d, r is d)
r = operator.ior(d, [("c", 3)])
print(d, r is d)
try:
    operator.iadd([1], 5)
except TypeError as e:
    print("TypeError:", e)
try:
    operator.imul([1], 2.5)
except TypeError as e:
    print("TypeError:", e)
try:
    operator.ior({}, 1)
except TypeError as e:
    print("TypeError:", e)
print(operator.add(a, [0]) is a, operator.concat(a, [0]) is a)
