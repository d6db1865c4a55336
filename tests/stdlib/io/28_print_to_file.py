import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

with open("p.txt", "w", encoding="utf-8") as f:
    print("hello", "world", file=f)
    print(1, 2.5, None, [1, "a"], {"k": (1,)}, file=f)
    print("no newline", end="", file=f)
    print(" <- joined", file=f)
    print("a", "b", "c", sep="-", end="!\n", file=f)
    print(file=f)
    print("ünicode ✓", file=f)
    print(*range(5), sep=",", file=f)
    print("flushed", file=f, flush=True)
    print(os.path.getsize("p.txt"))
    print("", end="", file=f)
    result = print("x", file=f)
print(result)

with open("p.txt", encoding="utf-8") as f:
    for line in f:
        print(repr(line))

with open("b.bin", "wb") as fb:
    try:
        print("text", file=fb)
    except TypeError as e:
        print(type(e).__name__, e)

with open("p.txt", encoding="utf-8") as f:
    try:
        print("x", file=f)
    except Exception as e:
        print(type(e).__name__, e)

print("to stdout", file=None)
for bad in (5, "name.txt"):
    try:
        print("x", file=bad)
    except AttributeError as e:
        print(type(e).__name__, e)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collector()
print("a", 1, sep="|", end=".", file=c)
print(c.parts)

os.chdir("/")
tmp.cleanup()
