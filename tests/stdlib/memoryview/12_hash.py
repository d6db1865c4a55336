m = memoryview(b'abc')
print(hash(m) == hash(b'abc'))
print(hash(m[::2]) == hash(b'ac'))
d = {m: 1}
print(d[memoryview(b'abc')], b'abc' in d)
try:
    hash(memoryview(bytearray(b'abc')))
except ValueError as e:
    print(type(e).__name__, e)
c = memoryview(b'\x01\x00').cast('H')
try:
    hash(c)
except ValueError as e:
    print(type(e).__name__, e)
cb = memoryview(b'xy').cast('c')
print(hash(cb) == hash(b'xy'))
print(hash(memoryview(b'xy').cast('b')) == hash(b'xy'))
