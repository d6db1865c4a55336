import array
import copy

a = array.array('i', [1, [2][0]])
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {a: 1}
except TypeError as e:
    print(type(e).__name__, e)
print(array.array.__hash__)
b = copy.copy(a)
c = copy.deepcopy(a)
print(b, c, b is a, c is a, b == a)
b[0] = 50
print(a)
print(a.__copy__(), a.__deepcopy__({}))
d = copy.deepcopy([a, a])
print(d[0] is d[1], d)
