import array

a = array.array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.shape, m.strides, len(m), m.tolist())
m[0] = 100
print(a)
print(m[1], m[-1])
d = array.array('d', [1.5, 2.5])
md = memoryview(d)
print(md.format, md.tolist(), md[1])
md[0] = 9.25
print(d)
h = memoryview(array.array('h', [-1, 2]))
print(h.format, h.tolist(), h.tobytes())
try:
    m[0] = 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0] = 2**40
except ValueError as e:
    print(type(e).__name__, e)
u = memoryview(array.array('u', 'ab'))
print(u.format, u.itemsize)
try:
    u.tolist()
except NotImplementedError as e:
    print(type(e).__name__, e)
