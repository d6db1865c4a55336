# Binary temporary files support readinto (filling a preallocated buffer), as regular binary
# files do: the count read, a short read at the end, and memoryview targets.
import tempfile

for make in [lambda: tempfile.NamedTemporaryFile(dir='.'), lambda: tempfile.TemporaryFile(dir='.')]:
    with make() as f:
        f.write(b'abcdefghij')
        f.seek(0)
        buf = bytearray(4)
        print(f.readinto(buf), buf)
        print(f.readinto(buf), buf)
        print(f.readinto(buf), buf)
        print(f.readinto(buf), buf)
        f.seek(0)
        big = bytearray(20)
        n = f.readinto(memoryview(big)[5:])
        print(n, bytes(big))
        f.seek(0)
        print(f.readinto(bytearray()), f.tell())
with tempfile.SpooledTemporaryFile(max_size=100) as s:
    s.write(b'spooled')
    s.seek(0)
    buf = bytearray(3)
    try:
        print(s.readinto(buf), buf)
    except AttributeError as e:
        print('AttributeError', e)
