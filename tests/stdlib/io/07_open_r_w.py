import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

f = open("notes.txt", "w", encoding="utf-8")
print(f.write("first line\n"), f.write("second\n"), f.write("no newline"))
print(f.closed, f.mode, f.name)
f.close()
print(f.closed, os.path.getsize("notes.txt"))

with open("notes.txt", encoding="utf-8") as f:
    print(f.mode, repr(f.read()))
with open("notes.txt", "r", encoding="utf-8") as f:
    print(f.readlines())
with open("notes.txt", "rt", encoding="utf-8") as f:
    print([line.rstrip("\n") for line in f])

# 'w' truncates an existing file
with open("notes.txt", "w", encoding="utf-8") as f:
    f.write("replaced")
with open("notes.txt", encoding="utf-8") as f:
    print(repr(f.read()))

# opening for 'w' without writing leaves an empty file
open("notes.txt", "w", encoding="utf-8").close()
with open("notes.txt", encoding="utf-8") as f:
    print(repr(f.read()), repr(f.readline()), f.readlines(), list(f))
print(os.path.getsize("notes.txt"))

# writelines and non-str writes
with open("w.txt", "w", encoding="utf-8") as f:
    f.writelines(["a", "b\n", "c\n"])
    f.writelines(x + "\n" for x in "xyz")
    for bad in (b"bytes", 42, ["list"]):
        try:
            f.write(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        f.writelines([1])
    except TypeError as e:
        print(type(e).__name__, e)
with open("w.txt", encoding="utf-8") as f:
    print(repr(f.read()))

with open("w.txt", "r", encoding="utf-8") as f:
    try:
        f.write("no")
    except Exception as e:
        print(type(e).__name__, e)

os.chdir("/")
tmp.cleanup()
