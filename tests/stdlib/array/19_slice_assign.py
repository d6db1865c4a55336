import array

a = array.array('i', range(6))
a[1:3] = array.array('i', [10, 20, 30])
print(a)
a[::2] = array.array('i', [0, 0, 0, 0])
print(a)
a[0:0] = array.array('i', [-1])
print(a)
try:
    a[1:2] = [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1:2] = array.array('h', [5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::2] = array.array('i', [1])
except ValueError as e:
    print(type(e).__name__, e)
del a[0]
print(a)
del a[::2]
print(a)
del a[5:]
print(a)
try:
    del a[10]
except IndexError as e:
    print(type(e).__name__, e)
a[:] = a
print(a)
a[1:] = a
print(a)
