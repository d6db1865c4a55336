import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)
with open("ok.txt", "w", encoding="utf-8") as f:
    f.write("ok")
os.mkdir("folder")

cases = [
    ("ok.txt", {"mode": "z"}),
    ("ok.txt", {"mode": "rw"}),
    ("ok.txt", {"mode": "rr"}),
    ("ok.txt", {"mode": "bt"}),
    ("ok.txt", {"mode": "wx"}),
    ("ok.txt", {"mode": "r++"}),
    ("ok.txt", {"mode": ""}),
    ("ok.txt", {"mode": "b"}),
    ("ok.txt", {"mode": "U"}),
    ("ok.txt", {"mode": 5}),
    ("ok.txt", {"mode": "rb", "encoding": "utf-8"}),
    ("ok.txt", {"mode": "rb", "errors": "strict"}),
    ("ok.txt", {"mode": "r", "buffering": 0}),
    ("ok.txt", {"mode": "r", "buffering": "1"}),
    ("ok.txt", {"encoding": "no-such-codec"}),
    ("ok.txt", {"encoding": 8}),
    ("ok.txt", {"encoding": "hex"}),
    ("missing.txt", {}),
    ("no/such/dir.txt", {"mode": "w"}),
    ("folder", {}),
    ("folder", {"mode": "w"}),
    ("folder", {"mode": "rb"}),
    ("", {}),
    (None, {}),
    (b"ok.txt", {"encoding": "utf-8"}),
    ("bad\0name", {}),
]
for file, kw in cases:
    try:
        with open(file, **kw) as f:
            print(repr(file), kw, "opened", type(f).__name__, repr(f.read()))
    except Exception as e:
        print(repr(file), kw, type(e).__name__, e)
        if isinstance(e, OSError):
            print("   errno ok:", e.errno is not None, repr(e.filename), e.strerror)

try:
    open("ok.txt", "r", -1, "utf-8", None, None, True, None, "extra")
except TypeError as e:
    print(type(e).__name__, e)
try:
    open(file="ok.txt", nonsense=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    open()
except TypeError as e:
    print(type(e).__name__, e)

os.chdir("/")
tmp.cleanup()
open("missing-for-sure.txt")
