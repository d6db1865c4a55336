m = memoryview(bytearray(range(12))).cast('B', [3, 4])
print(m.ndim, m.shape, m.strides, len(m), m.tolist())
print(m.nbytes, m.c_contiguous)
try:
    m[0]
except NotImplementedError as e:
    print(type(e).__name__, e)
print(m[1, 2])
m[2, 3] = 99
print(m.tolist()[2])
try:
    m[0:1]
except NotImplementedError as e:
    print(type(e).__name__, e)
flat = m.cast('B')
print(flat.shape, flat[-1])
i = memoryview(bytearray(24)).cast('I', [2, 3])
print(i.shape, i.strides, i.tolist())
try:
    list(m)
except NotImplementedError as e:
    print(type(e).__name__, e)
print(m.tobytes()[-3:])
