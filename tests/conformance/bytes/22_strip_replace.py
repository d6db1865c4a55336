# strip / lstrip / rstrip / replace
b = b'  \t hello world \n '
print(b.strip())
print(b.lstrip())
print(b.rstrip())
print(b'xxhixx'.strip(b'x'), b'xxhixx'.lstrip(b'x'), b'xxhixx'.rstrip(b'x'))
print(b'abcHELLOcba'.strip(b'abc'))
print(b'abcHELLOcba'.strip(bytearray(b'ca')))
print(b'\x00\x00data\x00'.strip(b'\x00'))
print(b'hello'.strip(b''), b''.strip(), b'   '.strip())
print(b'hello'.strip(None))
print(bytearray(b'  pad  ').strip(), type(bytearray(b' a ').strip()).__name__)
print(bytearray(b'--x--').lstrip(b'-'), bytearray(b'--x--').rstrip(b'-'))
print(b'\x0b\x0cv\x1c'.strip())
try:
    b'abc'.strip('a')
except TypeError as e:
    print(type(e).__name__, str(e))
print(b'aaaa'.replace(b'a', b'b'))
print(b'aaaa'.replace(b'a', b'b', 2))
print(b'aaaa'.replace(b'a', b'b', 0))
print(b'aaaa'.replace(b'a', b'b', -1))
print(b'aaaa'.replace(b'aa', b'x'))
print(b'abc'.replace(b'', b'-'))
print(b'abc'.replace(b'', b'-', 2))
print(b'hello world'.replace(b'o', b''))
print(b'hello'.replace(b'zz', b'yy'))
print(b''.replace(b'', b'x'))
print(bytearray(b'spam spam').replace(b'spam', b'eggs'))
print(b'a.b.c'.replace(bytearray(b'.'), b'::'))
try:
    b'abc'.replace('a', 'b')
except TypeError as e:
    print(type(e).__name__, str(e))
