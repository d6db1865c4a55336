import io

with io.StringIO("data") as s:
    print(s.closed, s.read())
print(s.closed)

ops = [
    ("read", lambda: s.read()),
    ("readline", lambda: s.readline()),
    ("readlines", lambda: s.readlines()),
    ("write", lambda: s.write("x")),
    ("writelines", lambda: s.writelines(["x"])),
    ("seek", lambda: s.seek(0)),
    ("tell", lambda: s.tell()),
    ("truncate", lambda: s.truncate()),
    ("getvalue", lambda: s.getvalue()),
    ("iter", lambda: next(iter(s))),
    ("readable", lambda: s.readable()),
    ("writable", lambda: s.writable()),
    ("seekable", lambda: s.seekable()),
    ("isatty", lambda: s.isatty()),
    ("flush", lambda: s.flush()),
    ("with", lambda: s.__enter__()),
]
for name, op in ops:
    try:
        print(name, repr(op()))
    except Exception as e:
        print(name, type(e).__name__, e)

s.close()
print("second close ok", s.closed)

try:
    with io.StringIO("abc") as t:
        t.write("Z")
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, t.closed)

print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))
print(io.StringIO.__name__, io.StringIO.__module__, type(s).__name__)
print(io.StringIO("x").line_buffering, io.StringIO("x").encoding, io.StringIO("x").errors)
try:
    io.StringIO("x").fileno()
except Exception as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
