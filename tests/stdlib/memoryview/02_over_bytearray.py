ba = bytearray(b'abcdef')
m = memoryview(ba)
print(m.readonly, m.obj is ba)
m[0] = ord('X')
print(ba)
s = m[2:4]
s[0] = ord('Y')
s[1:2] = b'Z'
print(ba, s.tobytes())
ba[5] = ord('!')
print(m.tobytes(), m[-1])
m[1:3] = b'12'
print(ba)
try:
    m[0:2] = b'xyz'
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0] = 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0] = -1
except ValueError as e:
    print(type(e).__name__, e)
print(ba)
