import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)


def show(name):
    with open(name, encoding="utf-8") as f:
        print(name, repr(f.read()))


with open("log.txt", "a", encoding="utf-8") as f:
    print(f.mode, f.tell(), f.write("one\n"), f.tell())
with open("log.txt", "a", encoding="utf-8") as f:
    print(f.tell(), f.write("two\n"), f.tell())
    f.seek(0)
    f.write("three\n")
show("log.txt")

with open("log.txt", "at", encoding="utf-8") as f:
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
    print(f.readable(), f.writable(), f.seekable())

with open("new.txt", "x", encoding="utf-8") as f:
    print(f.mode, f.write("created"))
show("new.txt")
try:
    open("new.txt", "x", encoding="utf-8")
except FileExistsError as e:
    print(type(e).__name__, e.errno == 17, e.strerror, e.filename)
    print(e)
try:
    open("new.txt", "xt", encoding="utf-8")
except OSError as e:
    print(type(e).__name__, e)
with open("other.txt", "x+", encoding="utf-8") as f:
    f.write("abc")
    f.seek(0)
    print(f.mode, repr(f.read()), f.readable(), f.writable())
with open("new.txt", "w", encoding="utf-8") as f:
    f.write("")
show("new.txt")
os.remove("new.txt")
with open("new.txt", "x", encoding="utf-8") as f:
    print("again", f.write("ok"))
show("new.txt")
try:
    open("missing_dir/a.txt", "a")
except OSError as e:
    print(type(e).__name__, e)

os.chdir("/")
tmp.cleanup()
