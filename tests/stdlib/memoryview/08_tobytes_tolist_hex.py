import array

m = memoryview(b'\x00\x01\xab\xff')
print(m.hex(), m.hex(':'), m.hex('-', 2), m.hex(' ', -1), m[1:3].hex())
print(m.tolist(), m.tobytes(), m.tobytes('C'), m.tobytes('A'), m.tobytes(None))
print(memoryview(b'').hex(), memoryview(b'').tolist())
a = memoryview(array.array('I', [1, 2]))
print(a.hex(), a.tobytes(), a.tolist())
print(memoryview(array.array('f', [0.5])).tolist())
try:
    m.tobytes('X')
except ValueError as e:
    print(type(e).__name__, e)
try:
    m.hex('ab')
except ValueError as e:
    print(type(e).__name__, e)
print(m[::-1].hex())
