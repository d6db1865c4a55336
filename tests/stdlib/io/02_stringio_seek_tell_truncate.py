import io

s = io.StringIO("line one\nline two\n")
print(s.tell(), s.seek(5), s.tell(), repr(s.read(3)))
print(s.seek(0, io.SEEK_END), s.tell())
print(s.seek(0, io.SEEK_CUR))
print(s.seek(100), repr(s.read()), s.tell())
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

for args in [(-1,), (3, 1), (2, 2), (0, 3), ("1",), (1.5,)]:
    try:
        s.seek(*args)
        print(args, "ok", s.tell())
    except Exception as e:
        print(args, type(e).__name__, e)

t = io.StringIO("abcdefghij")
t.seek(4)
print(t.truncate(), repr(t.getvalue()), t.tell())
print(t.truncate(2), repr(t.getvalue()), t.tell())
t.write("Z")
print(repr(t.getvalue()))
print(t.truncate(10), repr(t.getvalue()))
try:
    t.truncate(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.truncate("2")
except TypeError as e:
    print(type(e).__name__, e)
print(t.truncate(None), repr(t.getvalue()))

u = io.StringIO()
u.write("abc")
u.seek(0)
u.truncate()
print(repr(u.getvalue()), u.tell())
print(u.seekable(), u.readable(), u.writable(), u.isatty())
