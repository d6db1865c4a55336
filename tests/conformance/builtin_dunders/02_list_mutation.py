l = [1, 2, 3, 4]
list.__setitem__(l, 0, 'a')
print(l)
l.__setitem__(slice(1, 3), ['x', 'y', 'z'])
print(l)
list.__delitem__(l, 0)
print(l)
l.__delitem__(slice(0, 2))
print(l)
r = list.__iadd__(l, [7, 8])
print(r, r is l)
r2 = l.__iadd__((9,))
print(r2, r2 is l)
m = l.__mul__(2)
print(m, m is l)
print(l.__add__([0]))
try:
    l.__add__((0,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.__delitem__(l, 100)
except IndexError as e:
    print(type(e).__name__, e)
try:
    list.__setitem__(l, 100, 0)
except IndexError as e:
    print(type(e).__name__, e)
