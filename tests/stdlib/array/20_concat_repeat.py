import array

a = array.array('i', [1, 2])
b = array.array('i', [3])
print(a + b, a * 3, 2 * a, a * 0, a * -1)
try:
    a + array.array('d', [1.0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + [3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * 1.5
except TypeError as e:
    print(type(e).__name__, e)
c = a
c += b
print(a, c is a)
c *= 2
print(a)
try:
    c += [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    c += array.array('l', [1])
except TypeError as e:
    print(type(e).__name__, e)
c *= 0
print(c, len(c))
print(array.array('u', 'ab') * 2)
