import io
s = io.StringIO()
for i in range(5):
    s.write(f"línea {i} é\n")
s.write("fin")
s.seek(0)
print(list(s))
s.seek(3)
print(repr(s.readline()), s.tell(), repr(s.read(4)), s.tell(), repr(s.readline(3)), s.tell())
s.seek(5)
s.write("XYZ")
print(repr(s.getvalue()[:20]), s.tell())
print(repr(s.readline()))
s.seek(100)
s.write("end")
print(repr(s.getvalue()[-10:]), len(s.getvalue()), s.tell())
s.truncate(10)
print(repr(s.getvalue()), s.tell(), repr(s.read()))
s.seek(0); print(repr(s.read()), repr(s.read()))
for nl in [None, '', '\n', '\r', '\r\n']:
    t = io.StringIO(newline=nl)
    t.write("a\nb\r\nc\rd")
    t.write("\r")
    t.write("\ne\n")
    t.seek(0)
    print(repr(nl), [l for l in t], repr(t.getvalue()), t.newlines)
    t.seek(0)
    print(repr(t.readline(2)), repr(t.readline(1)), repr(t.read(0)), t.tell())
u = io.StringIO("αβγ\nδε\nζ", newline=None)
print(u.readline(), u.tell(), u.read(1), u.readlines())
class S(io.StringIO):
    def readline(self, *a):
        r = super().readline(*a)
        return r.upper()
print(list(S("ab\ncd\n")))
class B(io.StringIO):
    def readline(self, *a):
        return b"x"
try:
    next(B("q"))
except OSError as e:
    print(type(e).__name__, e)
w = io.StringIO("hello")
print(w.write("HE"), w.getvalue(), w.tell(), w.read())
v = w.getvalue()
w.write("!!")
print(v, w.getvalue())
w.close()
for f in [w.read, w.readline, lambda: w.write("x"), lambda: next(w)]:
    try: f()
    except ValueError as e: print(e)
x = io.StringIO("a\nb")
for f in [lambda: x.write(), lambda: x.write(1, 2), lambda: x.read(1, 2), lambda: x.readline(1, 2),
          lambda: x.__next__(1), lambda: x.read('x'), lambda: x.readline(2.0), lambda: x.write(b'x'),
          lambda: x.read(size=3), lambda: x.read(None), lambda: x.read(True), lambda: x.readline(-5)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class N(io.StringIO):
    def __init__(self): pass
n = N()
for f in [n.read, n.readline, lambda: n.write("a")]:
    try: f()
    except ValueError as e: print(e)
big = io.StringIO()
for i in range(10000):
    big.write("ü" if i % 3 else "x\n")
big.seek(0)
print(sum(1 for _ in big), big.tell(), len(big.getvalue()))
print(io.StringIO.__next__, io.StringIO.write.__name__)
m = io.StringIO("é" * 5 + "\n")
print(m.read(2), m.tell(), m.readline(), m.tell())
