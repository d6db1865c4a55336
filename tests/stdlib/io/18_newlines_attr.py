import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

files = {
    "lf.txt": b"a\nb\n",
    "crlf.txt": b"a\r\nb\r\n",
    "cr.txt": b"a\rb\r",
    "lf_cr.txt": b"a\nb\rc",
    "all.txt": b"a\r\nb\nc\rd",
    "none.txt": b"no line ending",
    "empty.txt": b"",
}
for name, data in files.items():
    with open(name, "wb") as f:
        f.write(data)

for name in files:
    with open(name, encoding="ascii") as f:
        before = f.newlines
        f.read()
        print(f"{name:10} {before!r:6} {f.newlines!r}")

with open("all.txt", encoding="ascii") as f:
    for line in f:
        print(repr(line), repr(f.newlines))

for nl in ("", "\n", "\r\n"):
    with open("all.txt", encoding="ascii", newline=nl) as f:
        f.read()
        print(repr(nl), repr(f.newlines))

with open("w.txt", "w", encoding="ascii") as f:
    f.write("x\r\ny\n")
    print("write mode", repr(f.newlines))
with open("all.txt", "rb") as f:
    print(hasattr(f, "newlines"))
