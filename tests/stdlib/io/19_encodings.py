import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

text = "café naïve £5 ÿ\n"
for enc in ("utf-8", "latin-1", "ascii", "UTF8", "Latin1", "iso-8859-1", "utf_8", "utf-16", "cp1252"):
    try:
        with open("e.txt", "w", encoding=enc) as f:
            f.write(text)
            print(f"{enc:11} {f.encoding!r:14}", end=" ")
        with open("e.txt", "rb") as f:
            data = f.read()
        with open("e.txt", encoding=enc) as f:
            back = f.read()
        print(len(data), data[:8], back == text)
    except Exception as e:
        print(type(e).__name__, e)

with open("e.txt", "w", encoding="utf-8") as f:
    f.write(text)
with open("e.txt", encoding="latin-1") as f:
    mojibake = f.read()
print(repr(mojibake), len(mojibake))
with open("m.txt", "w", encoding="latin-1") as f:
    f.write(mojibake)
with open("m.txt", encoding="utf-8") as f:
    print(repr(f.read()))

# every byte value decodes under latin-1
with open("all.bin", "wb") as f:
    f.write(bytes(range(256)))
with open("all.bin", encoding="latin-1", newline="") as f:
    s = f.read()
print(len(s), [ord(c) for c in s] == list(range(256)))

with open("e.txt", encoding="utf-8") as f:
    print(f.encoding, f.errors)
with open("e.txt", encoding="LATIN-1", errors="replace") as f:
    print(f.encoding, f.errors)

# utf-8-sig strips the BOM, utf-8 keeps it
with open("bom.txt", "w", encoding="utf-8-sig") as f:
    f.write("hi")
with open("bom.txt", "rb") as f:
    print(f.read())
with open("bom.txt", encoding="utf-8") as f:
    print(repr(f.read()))
with open("bom.txt", encoding="utf-8-sig") as f:
    print(repr(f.read()))

os.chdir("/")
tmp.cleanup()
