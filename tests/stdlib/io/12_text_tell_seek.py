import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

with open("u.txt", "w", encoding="utf-8") as f:
    print(f.tell())
    f.write("ab\n")
    print(f.tell())
    f.write("é€😀\n")
    print(f.tell())
    f.write("end")
    print(f.tell())

with open("u.txt", encoding="utf-8") as f:
    positions = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        positions.append((pos, line))
    print(positions, f.tell())
    for pos, line in reversed(positions):
        f.seek(pos)
        print(pos, repr(f.readline()) == repr(line))

with open("u.txt", encoding="utf-8") as f:
    print(repr(f.read(4)), f.tell())
    print(repr(f.read(1)), f.tell())
    cookie = f.tell()
    print(repr(f.read(2)), f.tell())
    f.seek(cookie)
    print(repr(f.read(2)))
    print(f.seek(0), repr(f.read(3)))
    print(f.seek(0, 2), repr(f.read()), f.tell())
    print(f.seek(0, 1), f.tell())
    print(f.seek(100), repr(f.read()), f.tell())
    print(f.seek(0), f.seek(0, 0) == 0)

with open("u.txt", "rb") as fb:
    raw = fb.read()
print(len(raw), raw)

with open("u.txt", encoding="latin-1") as f:
    print(repr(f.read(5)), f.tell(), repr(f.readline()), f.tell())

os.chdir("/")
tmp.cleanup()
