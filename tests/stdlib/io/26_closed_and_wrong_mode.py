import io
import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

with open("c.txt", "w", encoding="utf-8") as f:
    f.write("content\n")


def attempt(label, f, ops):
    for name, args in ops:
        try:
            result = getattr(f, name)(*args)
            print(label, name, "->", repr(result))
        except Exception as e:
            print(label, name, type(e).__name__, e, isinstance(e, io.UnsupportedOperation))
    f.close()


attempt("r", open("c.txt", encoding="utf-8"),
        [("write", ("x",)), ("writelines", (["x"],)), ("truncate", ())])
attempt("w", open("c.txt", "w", encoding="utf-8"),
        [("read", ()), ("readline", ()), ("readlines", ()), ("read", (3,))])
attempt("rb", open("c.txt", "rb"), [("write", (b"x",)), ("truncate", (0,))])
attempt("wb", open("c.txt", "wb"), [("read", ()), ("readline", ()), ("read1", (1,)), ("peek", ())])
attempt("ab", open("c.txt", "ab", buffering=0), [("read", ()), ("readall", ())])
attempt("rb0", open("c.txt", "rb", buffering=0), [("write", (b"x",))])

f = open("c.txt", "w", encoding="utf-8")
f.close()
attempt("closed-text", f, [("read", ()), ("write", ("x",)), ("readline", ()), ("readlines", ()),
                           ("seek", (0,)), ("tell", ()), ("truncate", ()), ("flush", ()),
                           ("fileno", ()), ("isatty", ()), ("readable", ()), ("writable", ()),
                           ("seekable", ()), ("close", ()), ("__enter__", ()), ("__next__", ())])
print(f.closed, f.name, f.mode, f.encoding)
g = open("c.txt", "rb")
g.close()
attempt("closed-rb", g, [("read", ()), ("readline", ()), ("seek", (0,)), ("tell", ()),
                         ("fileno", ()), ("readable", ()), ("peek", ()), ("close", ())])
h = open("c.txt", "rb", buffering=0)
h.close()
attempt("closed-raw", h, [("read", ()), ("write", (b"x",)), ("tell", ()), ("readable", ())])
try:
    for line in f:
        pass
except ValueError as e:
    print("loop", type(e).__name__, e)
try:
    print("x", file=f)
except ValueError as e:
    print("print", type(e).__name__, e)
print(io.UnsupportedOperation.__mro__)

os.chdir("/")
tmp.cleanup()
