import io
import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

with open("a.txt", "w", encoding="utf-8") as f:
    print(repr(f))
    print(type(f).__name__, type(f).__module__, isinstance(f, io.TextIOWrapper))
print(repr(f))

specs = [("a.txt", "r", {"encoding": "utf-8"}), ("a.txt", "a", {"encoding": "latin-1"}),
         ("a.txt", "r+", {"encoding": "ascii", "errors": "ignore"}),
         ("a.txt", "rb", {}), ("a.txt", "wb", {}), ("a.txt", "ab", {}), ("a.txt", "r+b", {}),
         ("a.txt", "w+b", {}), ("a.txt", "rb", {"buffering": 0}), ("a.txt", "wb", {"buffering": 0}),
         ("a.txt", "r+b", {"buffering": 0})]
for name, mode, kw in specs:
    with open(name, mode, **kw) as f:
        attrs = [f.name, f.mode, f.closed, f.readable(), f.writable(), f.seekable(), f.isatty()]
        extra = []
        if "b" not in f.mode:
            extra = [f.encoding, f.errors, f.line_buffering]
        print(mode, kw, repr(f), type(f).__name__, attrs, extra)

fd = os.open("a.txt", os.O_RDONLY)
with open(fd, encoding="utf-8") as f:
    print(repr(f).replace(str(fd), "FD"), f.name == fd)

s = io.StringIO()
print(type(s).__name__, s.readable(), s.writable(), s.seekable())
for attr in ("name", "mode"):
    try:
        getattr(s, attr)
    except AttributeError as e:
        print(type(e).__name__, e)

os.mkdir("sub")
with open(os.path.join("sub", "x.txt"), "w", encoding="utf-8") as f:
    print(repr(f))

with open("a.txt", "rb", buffering=0) as f:
    print(f.closefd, f.fileno() >= 0)
with open("a.txt", "rb") as f:
    print(f.raw.mode, repr(f.raw))
print(repr(f), repr(f.raw), f.closed, f.raw.closed)

with open("a.txt", "w", encoding="utf-8", buffering=1) as f:
    print(f.line_buffering, f.write_through)

os.chdir("/")
tmp.cleanup()
