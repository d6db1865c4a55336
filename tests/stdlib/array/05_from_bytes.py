import array

a = array.array('B', b'\x01\x02\xff')
print(a)
b = array.array('b', b'\x01\x02\xff')
print(b)
h = array.array('H', b'\x01\x00\x02\x00')
print(h)
try:
    array.array('H', b'\x01\x00\x02')
except ValueError as e:
    print(type(e).__name__, e)
print(array.array('B', bytearray(b'ab')))
c = array.array('i')
c.frombytes(array.array('i', [5, 6]).tobytes())
print(c)
try:
    c.frombytes(b'123')
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.frombytes('abcd')
except TypeError as e:
    print(type(e).__name__, e)
print(array.array('d', array.array('d', [1.0]).tobytes() * 2))
print(array.array('B', memoryview(b'xyz')))
