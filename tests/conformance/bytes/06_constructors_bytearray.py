# bytearray constructor forms
print(bytearray())
print(bytearray(0))
print(bytearray(5))
print(bytearray([65, 66]))
print(bytearray(range(3)))
print(bytearray(b'x'))
print(bytearray(bytearray(b'x')))
print(bytearray('héllo', 'utf-8'))
print(bytearray('héllo', 'latin-1'))
print(bytearray('héllo', 'ascii', 'ignore'))
print(bytearray('héllo', 'ascii', 'replace'))
print(bytearray((x for x in b'gen')))
print(bytearray.fromhex('41 42 43'))
print(bytearray.fromhex(''))
print(len(bytearray(7)), list(bytearray(3)))
src = bytearray(b'hello')
dup = bytearray(src)
dup[0] = 74
print(src, dup)
print(src is dup)
print(type(bytearray(b'')).__name__)
for bad in [-1, [256], 'x', 1.5, [1.0], [-1], None]:
    try:
        bytearray(bad)
        print('no error', bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, str(e))
try:
    bytearray(b'abc', 'utf-8')
except Exception as e:
    print(type(e).__name__, str(e))
try:
    bytearray(3, 'utf-8')
except Exception as e:
    print(type(e).__name__, str(e))
