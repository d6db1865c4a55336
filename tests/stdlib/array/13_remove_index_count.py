import array

a = array.array('i', [1, 2, 3, 2, 1, 2])
print(a.count(2), a.count(7), a.count('x'))
print(a.index(2), a.index(1, 1), a.index(2, 2, 4))
try:
    a.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index(1, 1, 3)
except ValueError as e:
    print(type(e).__name__, e)
a.remove(2)
print(a)
try:
    a.remove(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.remove('x')
except ValueError as e:
    print(type(e).__name__, e)
d = array.array('d', [1.0, 2.5])
print(d.index(2.5), d.count(1), d.index(1))
print(a.index(2, -3))
