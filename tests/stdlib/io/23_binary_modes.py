import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

with open("b.bin", "wb") as f:
    print(f.mode, f.write(b"\x00\x01\x02abc\r\n\xff"), f.write(bytearray(b"ZZ")), f.tell())
    print(f.write(memoryview(b"mv")))
    for bad in ("str", 7, None):
        try:
            f.write(bad)
        except TypeError as e:
            print(type(e).__name__, e)

with open("b.bin", "rb") as f:
    print(f.mode, f.read(3), f.tell(), f.read(0), f.read(4))
    print(f.read(), f.read(), f.tell())
    print(f.seek(-4, 2), f.read(2), f.seek(-3, 1), f.read(1), f.seek(1), f.read(2))

with open("b.bin", "ab") as f:
    print(f.mode, f.tell(), f.write(b"++"), f.tell())
    f.seek(0)
    f.write(b"!!")
with open("b.bin", "rb") as f:
    print(f.read())

with open("b.bin", "r+b") as f:
    print(f.mode, f.read(2))
    f.write(b"XY")
    print(f.tell())
    f.seek(0, 2)
    f.write(b"end")
    f.seek(0)
    print(f.read())

with open("b.bin", "rb+") as f:
    print(f.mode, f.readable(), f.writable(), f.seekable())
with open("c.bin", "w+b") as f:
    f.write(b"abc")
    f.seek(1)
    print(f.mode, f.read())
with open("d.bin", "xb") as f:
    print(f.mode, f.write(b""))
print(os.path.getsize("d.bin"))

with open("b.bin", "rb") as f:
    buf = bytearray(5)
    print(f.readinto(buf), buf, f.read1(3), f.read1())
    print(f.readinto(buf))
with open("b.bin", "rb") as f:
    print(f.peek(1)[:1], f.read(1))

os.chdir("/")
tmp.cleanup()
