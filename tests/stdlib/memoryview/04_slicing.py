m = memoryview(b'0123456789')
print(m[2:5].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[-3:].tobytes())
s = m[::2]
print(s.shape, s.strides, s.nbytes, s.contiguous, s.c_contiguous)
r = m[::-1]
print(r.strides, r[0], r.tolist()[:3])
print(m[5:2].tobytes(), len(m[5:2]), m[5:2].shape)
print(m[1:8][2:4].tobytes())
print(m[:].obj is m.obj)
try:
    m['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(bytes(m[::3]))
