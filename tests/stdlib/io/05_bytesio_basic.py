import io

b = io.BytesIO(b"first\nsecond\nthird")
print(b.read(3), b.read1(4), b.read1())
b.seek(0)
print(b.readline(), b.readline(3), b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines(), b.readlines())
b.seek(0)
print(b.readlines(6))
b.seek(0)
print(list(b))
b.seek(0)
print(b.read1(-1), b.read(-1), b.read(None))

w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"de")), w.write(memoryview(b"fg")))
print(w.getvalue(), w.tell())
w.writelines([b"\x00", b"\xff"])
print(w.getvalue())
print(w.seek(2), w.write(b"ZZ"), w.getvalue())
print(w.seek(12), w.write(b"!"), w.getvalue())
print(w.seek(-3, 2), w.read(), w.seek(-2, 1), w.read(1))
print(w.seek(0, 2), w.tell())
for args in [(-1,), (0, 3), (1.0,)]:
    try:
        w.seek(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
print(w.truncate(4), w.getvalue(), w.tell())
w.seek(2)
print(w.truncate(), w.getvalue(), w.tell())
try:
    w.truncate(-2)
except ValueError as e:
    print(type(e).__name__, e)

for bad in ("text", 3, [1, 2]):
    try:
        io.BytesIO().write(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    io.BytesIO("text")
except TypeError as e:
    print(type(e).__name__, e)

r = io.BytesIO(b"abcdef")
print(r.readable(), r.writable(), r.seekable(), r.isatty())
with io.BytesIO(b"z") as c:
    print(c.read(), c.closed)
print(c.closed)
buf = bytearray(4)
print(r.readinto(buf), buf)
print(r.readinto(buf), buf)
print(r.readinto(buf), buf)
