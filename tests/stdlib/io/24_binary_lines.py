import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

data = b"first\nsecond\r\nthird\rfourth\n\nlast"
with open("lines.bin", "wb") as f:
    f.write(data)

with open("lines.bin", "rb") as f:
    print(list(f))
with open("lines.bin", "rb") as f:
    print(f.readline(), f.readline(3), f.readline(), f.readline(-1), f.readline(None))
    print(f.readlines())
    print(f.readline(), f.readlines())
for hint in (0, 1, 6, 7, 14, 100):
    with open("lines.bin", "rb") as f:
        print(hint, f.readlines(hint))
with open("lines.bin", "rb") as f:
    for i, line in enumerate(f):
        print(i, f.tell(), line)
with open("lines.bin", "rb") as f:
    next(f)
    print(f.tell(), f.read(6))
    f.seek(0)
    print(next(f))

with open("nonl.bin", "wb") as f:
    f.write(b"no newline at all")
with open("nonl.bin", "rb") as f:
    print(list(f), f.read())
with open("empty.bin", "wb"):
    pass
with open("empty.bin", "rb") as f:
    print(list(f), f.read(), f.readline(), f.readlines(), f.read(5), f.tell())

os.chdir("/")
tmp.cleanup()
