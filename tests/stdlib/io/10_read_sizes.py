import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

with open("t.txt", "w", encoding="utf-8") as f:
    f.write("short\na much longer line here\n\nlast ünï")

with open("t.txt", encoding="utf-8") as f:
    print(repr(f.read(0)), repr(f.read(3)), repr(f.read(4)), repr(f.read(-1)), repr(f.read(5)))
with open("t.txt", encoding="utf-8") as f:
    print([f.readline(n) for n in (2, 10, 0, -1, 100, 5, 5)])
    print(repr(f.readline()))
with open("t.txt", encoding="utf-8") as f:
    try:
        print(f.readline(None))
    except TypeError as e:
        print(type(e).__name__, e)
    print(repr(f.read(None)))
for hint in (-1, 0, 1, 6, 7, 10, 40, 100):
    with open("t.txt", encoding="utf-8") as f:
        print(hint, f.readlines(hint))
with open("t.txt", encoding="utf-8") as f:
    f.readline()
    print(f.readlines(1), f.readlines())
with open("t.txt", encoding="utf-8") as f:
    chunks = []
    while True:
        c = f.read(7)
        if not c:
            break
        chunks.append(c)
    print(chunks)
with open("t.txt", encoding="utf-8") as f:
    for bad in ("3", 2.0):
        try:
            f.read(bad)
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            f.readline(bad)
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            f.readlines(bad)
        except TypeError as e:
            print(type(e).__name__, e)

os.chdir("/")
tmp.cleanup()
