import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)


def show(name):
    with open(name, "rb") as f:
        print(" ", name, f.read())


with open("t.txt", "w", encoding="utf-8") as f:
    f.write("0123456789")
    print(f.truncate(4), f.tell())
    f.write("X")
show("t.txt")

with open("t.txt", "r+", encoding="utf-8") as f:
    print(repr(f.read(2)), f.truncate(), f.tell())
    print(repr(f.read()))
show("t.txt")

with open("t.txt", "r+", encoding="utf-8") as f:
    print(f.truncate(8), os.path.getsize("t.txt"), f.tell())
show("t.txt")

with open("t.txt", "r+", encoding="utf-8") as f:
    f.seek(0, 2)
    f.write("tail")
    print(f.truncate(3), f.tell())
    f.seek(0)
    print(repr(f.read()))

with open("t.txt", encoding="utf-8") as f:
    try:
        f.truncate(0)
    except Exception as e:
        print(type(e).__name__, e)
with open("t.txt", "a", encoding="utf-8") as f:
    print(f.truncate(1), f.tell())
    f.write("+")
show("t.txt")

with open("b.bin", "w+b") as f:
    f.write(b"abcdef")
    print(f.truncate(2), f.tell(), f.truncate(), f.tell())
    f.seek(0)
    print(f.read())
    for bad in (-1, "2"):
        try:
            f.truncate(bad)
        except Exception as e:
            print(type(e).__name__, e)
show("b.bin")

os.chdir("/")
tmp.cleanup()
