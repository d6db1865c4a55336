import array

a = array.array('i', range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[5:2], a[:])
print(type(a[1:2]).__name__, a[1:2].typecode)
print(a[0], a[-1])
try:
    a[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a['x']
except TypeError as e:
    print(type(e).__name__, e)
b = a[:]
b[0] = 100
print(a[0], b[0])
u = array.array('u', 'abcdef')
print(u[1:4], u[::2])
print(array.array('d', [1.5, 2.5])[1:])
try:
    a[-11] = 0
except IndexError as e:
    print(type(e).__name__, e)
