import array

for obj in [b'', b'abcd', bytearray(3), array.array('q', [1, 2, 3]), array.array('f', [1.0]),
            array.array('B'), array.array('H', [1, 2])]:
    m = memoryview(obj)
    print(type(obj).__name__, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.readonly, len(m))
m = memoryview(array.array('i', range(6)))
s = m[1:5:2]
print(s.nbytes, s.shape, s.strides, s.tolist(), s.tobytes())
