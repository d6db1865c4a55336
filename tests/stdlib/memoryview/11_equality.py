import array

m = memoryview(b'abc')
print(m == b'abc', m == bytearray(b'abc'), m == b'abd', m != b'ab')
print(m == memoryview(b'abc'), m == m, m == 'abc', m == [97, 98, 99])
print(b'abc' == m, bytearray(b'abc') == m)
a = memoryview(array.array('i', [97, 98, 99]))
print(a == m, a.tolist() == m.tolist())
print(memoryview(array.array('d', [1.0])) == memoryview(array.array('f', [1.0])))
n = memoryview(array.array('d', [float('nan')]))
print(n == n)
try:
    m < m
except TypeError as e:
    print(type(e).__name__, e)
try:
    m < b'abd'
except TypeError as e:
    print(type(e).__name__, e)
print(memoryview(b'0123')[::2] == b'02')
