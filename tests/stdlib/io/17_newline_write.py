import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

text = "a\nb\r\nc\rd\n"
for nl in (None, "", "\n", "\r", "\r\n"):
    with open("out.txt", "w", encoding="ascii", newline=nl) as f:
        f.write(text)
        f.writelines(["x\n", "y"])
        print(repr(nl), f.tell(), end=" ")
    with open("out.txt", "rb") as f:
        print(f.read())

with open("p.txt", "w", encoding="ascii", newline="\r\n") as f:
    print("printed", "line", file=f)
    print(file=f)
    f.write("multi\nline\n")
with open("p.txt", "rb") as f:
    print(f.read())
with open("p.txt", encoding="ascii") as f:
    print(f.readlines())
with open("p.txt", encoding="ascii", newline="") as f:
    print(f.readlines())

# round trip through r+ with newline translation
with open("p.txt", "r+", encoding="ascii", newline="\r\n") as f:
    print(repr(f.readline()))
    f.seek(0, 2)
    f.write("added\n")
with open("p.txt", "rb") as f:
    print(f.read())

for bad in ("x", "\n\r", "\r\r", 0, b"\n"):
    try:
        open("p.txt", "w", encoding="ascii", newline=bad)
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
try:
    open("p.txt", "wb", newline="\n")
except ValueError as e:
    print(type(e).__name__, e)

os.chdir("/")
tmp.cleanup()
