import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)


def show(name):
    with open(name, "rb") as f:
        print("   file:", f.read())


with open("r.txt", "w", encoding="utf-8") as f:
    f.write("alpha\nbeta\ngamma\n")

# read a line, then write without seeking in between
with open("r.txt", "r+", encoding="utf-8") as f:
    print(repr(f.readline()), f.tell())
    f.write("BETA")
    print(f.tell(), repr(f.readline()))
show("r.txt")

# read everything, then append at the end
with open("r.txt", "r+", encoding="utf-8") as f:
    data = f.read()
    f.write(f"lines={data.count(chr(10))}\n")
    print(f.tell())
show("r.txt")

# read(n), then write, then seek back and read it all
with open("r.txt", "r+", encoding="utf-8") as f:
    print(repr(f.read(3)))
    f.write("__")
    f.seek(0)
    print(repr(f.read()))

# classic in-place rewrite: read, seek(0), write, truncate
with open("r.txt", "r+", encoding="utf-8") as f:
    upper = f.read().upper().replace("\n", ";")
    f.seek(0)
    f.write(upper[:20])
    print(f.truncate(), f.tell())
show("r.txt")

# with non-ASCII text: tell/seek cookies around a write
with open("u.txt", "w+", encoding="utf-8") as f:
    f.write("ñandú\nçà\n")
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.write("ÇÀ")
    f.seek(0)
    print(f.readlines())
show("u.txt")

# binary r+b: read then write
with open("r.bin", "wb") as f:
    f.write(b"0123456789")
with open("r.bin", "r+b") as f:
    print(f.read(4), f.write(b"ab"), f.tell(), f.read(2), f.write(b"Z"), f.tell())
show("r.bin")

os.chdir("/")
tmp.cleanup()
