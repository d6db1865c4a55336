# bytearray item assignment and deletion
b = bytearray(b'hello')
b[0] = 65
print(b)
b[-1] = 0x21
print(b)
b[2] = b'Z'[0]
print(b, b[2])
b[1] = True
print(b)
for val in [256, -1, 1000]:
    try:
        b[0] = val
    except ValueError as e:
        print(val, type(e).__name__, str(e))
for val in [b'x', 'x', 1.0, None]:
    try:
        b[0] = val
    except TypeError as e:
        print(repr(val), type(e).__name__, str(e))
try:
    b[10] = 1
except IndexError as e:
    print(type(e).__name__, str(e))
try:
    b[-10] = 1
except IndexError as e:
    print(type(e).__name__, str(e))
print(b)
c = bytearray(b'abcdef')
del c[1]
print(c)
del c[-1]
print(c)
del c[::2]
print(c)
d = bytearray(b'0123456789')
del d[2:5]
print(d)
del d[::-3]
print(d)
del d[:]
print(d, len(d))
try:
    del d[0]
except IndexError as e:
    print(type(e).__name__, str(e))
e = bytearray(b'xyz')
try:
    b'xyz'[0] = 1
except TypeError as ex:
    print(type(ex).__name__, str(ex))
try:
    del b'xyz'[0]
except TypeError as ex:
    print(type(ex).__name__, str(ex))
for i in range(len(e)):
    e[i] = e[i] - 32
print(e)
