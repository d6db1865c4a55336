import array

a = array.array('d', [0.0]) * 3
m = memoryview(a)
m[1] = 2.5
print(a)
a[2] = 7.0
print(m.tolist())
try:
    a.append(1.0)
except BufferError as e:
    print(type(e).__name__, e)
m.release()
a.append(1.0)
print(a)
ba = bytearray(4)
views = [memoryview(ba)[i:i + 1] for i in range(4)]
for i, v in enumerate(views):
    v[0] = i + 65
print(ba)
for v in views:
    v.release()
ba.extend(b'!')
print(ba)
