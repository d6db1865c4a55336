m = memoryview(b'hello')
print(len(m), m[0], m[-1], m.tobytes(), m.tolist())
print(m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.readonly)
print(m.obj, m.c_contiguous, m.f_contiguous, m.contiguous, m.suboffsets)
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[5]
except IndexError as e:
    print(type(e).__name__, e)
print(type(m).__name__, type(m[1:3]).__name__)
print(bytes(m), bytes(m[1:3]), bytearray(m))
