# += and *= on bytes and bytearray
b = b'ab'
other = b
b += b'cd'
print(b, other)
print(b is other)
b *= 2
print(b, other)
ba = bytearray(b'ab')
alias = ba
id_before = id(ba)
ba += b'cd'
print(ba, alias, id_before == id(ba), ba is alias)
ba += bytearray(b'ef')
print(ba, id_before == id(ba))
ba *= 2
print(ba, alias, id_before == id(ba))
ba *= 0
print(ba, alias, id_before == id(ba), len(alias))
ba += b'x'
ba *= -3
print(ba, alias)
c = bytearray(b'q')
c += b''
print(c)
c += bytes(c)
print(c)
c += b'AB'
print(c)
try:
    c += 'str'
except TypeError as e:
    print(type(e).__name__, str(e))
try:
    c += 5
except TypeError as e:
    print(type(e).__name__, str(e))
try:
    b += 'str'
except TypeError as e:
    print(type(e).__name__, str(e))
print(c, b)
x = bytearray()
for i in range(5):
    x += bytes([65 + i])
print(x)
y = b''
for i in range(5):
    y += bytes([97 + i])
print(y)
