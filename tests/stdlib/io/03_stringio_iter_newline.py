import io

data = "a\nb\r\nc\rd"
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(data, newline=nl)
    print(repr(nl), list(s), repr(s.getvalue()))

for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\nz\r")
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))

s = io.StringIO("one\ntwo\nthree")
for i, line in enumerate(s, 1):
    print(i, repr(line))
print(repr(next(s, "done")))
try:
    next(s)
except StopIteration as e:
    print("StopIteration", e.args)

s = io.StringIO("p\nq\n")
it = iter(s)
print(it is s, next(s), end="")
s.seek(0)
print(s.readline(), end="")
print(next(s), end="")
print(s.tell())

for bad in ("x", "\n\n", 5):
    try:
        io.StringIO("", newline=bad)
    except Exception as e:
        print(type(e).__name__, e)

s = io.StringIO("m\r\nn\ro\n", newline=None)
print(s.readlines(), repr(s.newlines))
