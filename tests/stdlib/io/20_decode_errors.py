import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

with open("bad.txt", "wb") as f:
    f.write(b"ok line\nbad \xff byte\ntrunc \xe2\x82")

for enc in ("utf-8", "ascii"):
    try:
        with open("bad.txt", encoding=enc) as f:
            f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
        print("  ", e.encoding, e.start, e.end, e.reason, e.object[:12])

# the whole chunk is decoded at once: even the first, valid line fails
with open("bad.txt", encoding="utf-8") as f:
    try:
        print(repr(f.readline()))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
with open("bad.txt", encoding="utf-8") as f:
    try:
        print(repr(f.read(3)))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.start)

for errors in ("replace", "ignore", "backslashreplace"):
    for enc in ("utf-8", "ascii"):
        with open("bad.txt", encoding=enc, errors=errors) as f:
            data = f.read()
        print(f"{errors:16} {enc:6} {data!r}")

with open("trail.txt", "wb") as f:
    f.write(b"ends mid char \xc3")
try:
    with open("trail.txt", encoding="utf-8") as f:
        print(repr(f.read(5)))
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open("trail.txt", encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))

try:
    open("bad.txt", encoding="utf-8", errors="nonsense").read()
except LookupError as e:
    print(type(e).__name__, e)
try:
    open("bad.txt", encoding="utf-8", errors=5)
except TypeError as e:
    print(type(e).__name__, e)

with open("bad.txt", encoding="utf-8", errors="surrogateescape") as f:
    data = f.read()
print(repr(data), repr(data.encode("utf-8", "surrogateescape")[-3:]))

os.chdir("/")
tmp.cleanup()
