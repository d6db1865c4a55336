ba = bytearray(b'abc')
m = memoryview(ba)
r = m.toreadonly()
print(r.readonly, m.readonly, r.tobytes())
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
m[0] = 65
print(r.tobytes())
try:
    hash(r)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(r == m)
