import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

with open("n.txt", "w", encoding="utf-8") as f:
    f.write("one\ntwo\nthree\n")

with open("n.txt", encoding="utf-8") as f:
    print(f.tell())
    print(repr(next(f)))
    try:
        f.tell()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(0, 1)
    except OSError as e:
        print(type(e).__name__, e)
    print(f.seek(0), f.tell())
    for line in f:
        pass
    print("after loop", f.tell())

with open("n.txt", encoding="utf-8") as f:
    next(f)
    print(repr(f.readline()))
    try:
        print(f.tell())
    except OSError as e:
        print(type(e).__name__, e)
    print(repr(f.read()))
    try:
        print(f.tell())
    except OSError as e:
        print(type(e).__name__, e)
    print(next(f, "<eof>"), f.tell())

with open("n.txt", encoding="utf-8") as f:
    for line in f:
        try:
            print(line.strip(), f.tell())
        except OSError as e:
            print(line.strip(), type(e).__name__, e)

with open("n.txt", encoding="utf-8") as f:
    for line in f:
        break
    f.tell()
