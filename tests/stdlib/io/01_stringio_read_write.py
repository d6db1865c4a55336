import io

s = io.StringIO("alpha\nbeta\ngamma\n")
print(repr(s.read(3)))
print(repr(s.readline()))
print(repr(s.readline(2)))
print(repr(s.readline()))
print(s.readlines())
print(repr(s.read()), repr(s.readline()))
s.seek(0)
print(s.readlines(7))
s.seek(0)
print(s.readlines(0))

w = io.StringIO()
print(w.write("hello"), w.write(" "), w.write("wörld ✓"))
print(repr(w.getvalue()), w.tell())
w.writelines(["a\n", "b\n"])
print(repr(w.getvalue()))
print(w.read() == "", w.tell())

# write in the middle overwrites
m = io.StringIO("0123456789")
m.seek(3)
m.write("XY")
print(repr(m.getvalue()), m.tell(), repr(m.read()))

# initial value with position at 0; write overwrites from start
o = io.StringIO("abcdef")
o.write("12")
print(repr(o.getvalue()))

for bad in (b"bytes", 5, None):
    try:
        print(repr(io.StringIO().write(bad)))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    io.StringIO(b"abc")
except TypeError as e:
    print(type(e).__name__, e)
print(repr(io.StringIO(None).getvalue()))
print(repr(io.StringIO("abc").read(-1)), repr(io.StringIO("abc").read(None)))
