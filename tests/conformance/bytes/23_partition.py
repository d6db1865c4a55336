# partition / rpartition
b = b'key=value=more'
print(b.partition(b'='))
print(b.rpartition(b'='))
print(b.partition(b'#'))
print(b.rpartition(b'#'))
print(b.partition(b'key'))
print(b.rpartition(b'more'))
print(b.partition(b'=value='))
print(b''.partition(b'x'), b''.rpartition(b'x'))
ba = bytearray(b'a:b:c')
p = ba.partition(b':')
print(p, type(p[0]).__name__, type(p[1]).__name__)
print(ba.rpartition(b':'))
print(ba.partition(b'z'))
print(b'a:b'.partition(bytearray(b':')))
for bad in [b'', '', 58]:
    try:
        print(b'a:b'.partition(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, str(e))
    try:
        print(b'a:b'.rpartition(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, str(e))
url = b'http://example.com/path/to/page'
scheme, sep, rest = url.partition(b'://')
host, sep2, path = rest.partition(b'/')
print(scheme, host, path)
base, _, last = path.rpartition(b'/')
print(base, last)
