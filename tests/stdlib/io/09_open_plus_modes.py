import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

with open("d.txt", "w", encoding="utf-8") as f:
    f.write("0123456789\nabcdef\n")

with open("d.txt", "r+", encoding="utf-8") as f:
    print(f.mode, f.readable(), f.writable(), f.tell())
    f.write("XY")
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
with open("d.txt", encoding="utf-8") as f:
    print(repr(f.read()))

with open("d.txt", "w+", encoding="utf-8") as f:
    print(f.mode, repr(f.read()), f.tell())
    f.write("fresh\ncontent\n")
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(f.readlines())
    f.seek(6)
    f.write("C")
    f.seek(0)
    print(repr(f.read()))

with open("d.txt", "a+", encoding="utf-8") as f:
    print(f.mode, f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.readline()))
    f.write("tail\n")
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))

with open("e.txt", "a+", encoding="utf-8") as f:
    print(f.tell(), repr(f.read()), f.write("new"))
print(os.path.exists("e.txt"))

try:
    open("absent.txt", "r+", encoding="utf-8")
except FileNotFoundError as e:
    print(type(e).__name__, e)

for mode in ("r+", "w+", "a+", "x+", "rt+", "+r", "r+t"):
    try:
        with open("e.txt" if mode != "x+" else "f.txt", mode, encoding="utf-8") as f:
            print(repr(mode), f.mode)
    except ValueError as e:
        print(repr(mode), type(e).__name__, e)

os.chdir("/")
tmp.cleanup()
