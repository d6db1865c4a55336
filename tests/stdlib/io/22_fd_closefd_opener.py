import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

with open("f.txt", "w", encoding="utf-8") as f:
    f.write("from fd\nsecond\n")

fd = os.open("f.txt", os.O_RDONLY)
with open(fd, encoding="utf-8", closefd=False) as f:
    print(f.name == fd, f.closed, repr(f.readline()))
print(f.closed)
print(os.read(fd, 100))
os.close(fd)
fd = os.open("f.txt", os.O_RDONLY)
with open(fd, encoding="utf-8") as f:
    print(f.read().split())
try:
    os.read(fd, 1)
except OSError as e:
    print("fd closed:", type(e).__name__, e.errno == 9)

fd = os.open("f.txt", os.O_RDONLY)
f = open(fd, "rb", closefd=False)
print(f.fileno() == fd, f.read(4))
f.close()
print(os.read(fd, 3))
os.close(fd)

try:
    open("f.txt", closefd=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    open(3.5)
except TypeError as e:
    print(type(e).__name__, e)

calls = []


def opener(path, flags):
    calls.append((path, flags & os.O_CREAT != 0, flags & os.O_APPEND != 0))
    return os.open(path, flags, 0o600)


with open("g.txt", "w", encoding="utf-8", opener=opener) as f:
    f.write("opened")
with open("g.txt", "a", encoding="utf-8", opener=opener) as f:
    f.write("+more")
with open("g.txt", encoding="utf-8", opener=opener) as f:
    print(repr(f.read()), f.name)
print(calls)
print(oct(os.stat("g.txt").st_mode & 0o777))

for bad in (lambda p, fl: "nope", lambda p, fl: -5, lambda p: 0):
    try:
        open("g.txt", opener=bad)
    except Exception as e:
        print(type(e).__name__, e)

os.chdir("/")
tmp.cleanup()
