# bytearray slice assignment
b = bytearray(b'0123456789')
b[0:3] = b'abc'
print(b, len(b))
b[0:3] = b'X'
print(b, len(b))
b[0:1] = b'LONGER'
print(b, len(b))
b[2:2] = b'__'
print(b)
b[-2:] = b''
print(b)
b[:] = b'reset'
print(b)
b[len(b):] = b'!!'
print(b)
b[1:3] = [65, 66, 67]
print(b)
b[0:2] = bytearray(b'zz')
print(b)
b[1:4] = range(48, 50)
print(b)
c = bytearray(b'abcdefgh')
c[::2] = b'1234'
print(c)
c[1::2] = [120, 121, 122, 119]
print(c)
c[::-1] = b'ABCDEFGH'
print(c)
c[::3] = c[::3]
print(c)
try:
    c[::2] = b'12'
except ValueError as e:
    print(type(e).__name__, str(e))
try:
    c[0:2] = 'ab'
except TypeError as e:
    print(type(e).__name__, str(e))
try:
    c[0:2] = [300]
except ValueError as e:
    print(type(e).__name__, str(e))
try:
    c[0:2] = 5
except TypeError as e:
    print(type(e).__name__, str(e))
print(c)
d = bytearray(b'hello')
d[1:4] = d
print(d)
e = bytearray(b'abc')
e[5:10] = b'XY'
print(e)
e[-100:1] = b'<'
print(e)
