import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

samples = {
    "with_nl.txt": "a\nb\nc\n",
    "without_nl.txt": "a\nb\nc",
    "empty.txt": "",
    "only_nl.txt": "\n",
    "blank_lines.txt": "\n\nx\n\n",
    "single.txt": "single",
}
for name, text in samples.items():
    with open(name, "w", encoding="utf-8") as f:
        f.write(text)

for name in samples:
    with open(name, encoding="utf-8") as f:
        lines = list(f)
    with open(name, encoding="utf-8") as f:
        count = sum(1 for _ in f)
    with open(name, encoding="utf-8") as f:
        split = f.read().splitlines()
    print(f"{name:16} {lines!r:28} {count} {split}")

with open("with_nl.txt", encoding="utf-8") as f:
    for number, line in enumerate(f, start=1):
        print(number, line, end="")
    print(repr(next(f, "<end>")), repr(f.readline()), repr(f.read()))

with open("without_nl.txt", encoding="utf-8") as f:
    it = iter(f)
    print(it is f, next(it), end="|")
    print(next(it), end="|")
    print(next(it), end="|\n")
    try:
        next(it)
    except StopIteration:
        print("StopIteration")

with open("empty.txt", encoding="utf-8") as f:
    print(repr(f.read()), repr(f.read(10)), f.tell(), f.readlines())

# iterate twice: second pass is empty unless we seek back
with open("blank_lines.txt", encoding="utf-8") as f:
    print(len(list(f)), len(list(f)), f.seek(0), len(list(f)))

# nested use: readline while iterating a different file
with open("with_nl.txt", encoding="utf-8") as a, open("single.txt", encoding="utf-8") as b:
    print([(x.strip(), b.readline()) for x in a])

os.chdir("/")
tmp.cleanup()
