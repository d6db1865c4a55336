import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

head = "".join(f"row {i:04d} " + "abcdefghij"[: i % 11] + "\n" for i in range(2500))
# '€' (3 bytes) starts at byte 8191, '😀' (4 bytes) starts at byte 16382
text1 = head[:8190] + "\n€uro" + head[8195:16381] + "\n😀" + head[16383:24000] + "tail without newline"
# '\r' at byte 8191 and '\n' at byte 8192
text2 = head[:8191] + "\r\n" + head[8191:22000] + "\r\nlast"
with open("big1.txt", "w", encoding="utf-8") as f:
    f.write(text1)
with open("big2.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text2)
print(os.path.getsize("big1.txt"), len(text1), os.path.getsize("big2.txt"), len(text2))

with open("big1.txt", encoding="utf-8") as f:
    lines = [line for line in f]
print(len(lines), "".join(lines) == text1, repr(lines[-1]), [l for l in lines if not l.isascii()])

for size in (1, 100, 4096, 8191, 8192, 8193, 10000, 30000):
    with open("big1.txt", encoding="utf-8") as f:
        chunks = []
        while chunk := f.read(size):
            chunks.append(chunk)
        print(size, len(chunks), "".join(chunks) == text1, f.tell())

with open("big1.txt", encoding="utf-8") as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        if not line.isascii() or len(marks) < 2:
            marks.append((pos, line))
    print(marks, f.tell())
    for pos, line in marks:
        f.seek(pos)
        print(pos, f.readline() == line)

for nl in (None, "", "\r\n"):
    with open("big2.txt", encoding="utf-8", newline=nl) as f:
        got = f.readlines()
    with open("big2.txt", encoding="utf-8", newline=nl) as f:
        whole = f.read()
    odd = [l for l in got if "\r" in l or l.startswith("\n")]
    print(repr(nl), len(got), len(whole), [l[-12:] for l in odd[:3]], repr(got[-1]))
with open("big2.txt", encoding="utf-8") as f:
    print([len(p) for p in iter(lambda: f.read(8191), "")])
with open("big2.txt", "rb") as f:
    blines = list(f)
    print(len(blines), [b for b in blines if b.endswith(b"\r\n")][:3], blines[-1])
    f.seek(8190)
    print(f.read(4), f.tell())

os.chdir("/")
tmp.cleanup()
