import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

raw = b"unix\nwindows\r\nmac\rmixed\r\r\n\n\rend"
with open("mixed.txt", "wb") as f:
    f.write(raw)

for nl in (None, "", "\n", "\r", "\r\n"):
    with open("mixed.txt", encoding="ascii", newline=nl) as f:
        lines = f.readlines()
    with open("mixed.txt", encoding="ascii", newline=nl) as f:
        whole = f.read()
    with open("mixed.txt", encoding="ascii", newline=nl) as f:
        first = [f.readline() for _ in range(3)]
    print(repr(nl))
    print("  lines:", lines)
    print("  read: ", repr(whole))
    print("  first:", first)

# read(n) in universal newline mode with \r\n split across read calls
with open("mixed.txt", encoding="ascii") as f:
    pieces = []
    while True:
        p = f.read(3)
        if not p:
            break
        pieces.append(p)
    print(pieces)

with open("crlf.txt", "wb") as f:
    f.write(b"a\r\nb\r\n")
with open("crlf.txt", encoding="ascii") as f:
    print(repr(f.read(1)), f.tell(), repr(f.read(1)), f.tell(), repr(f.read()))
with open("crlf.txt", encoding="ascii", newline="") as f:
    print(repr(f.read(2)))
    cookie = f.tell()
    rest = f.read()
    print(repr(rest), f.tell())
    f.seek(cookie)
    print(repr(f.read(1)), f.read() == rest[1:])
with open("crlf.txt", encoding="ascii") as f:
    print(len(f.read()), os.path.getsize("crlf.txt"))

os.chdir("/")
tmp.cleanup()
