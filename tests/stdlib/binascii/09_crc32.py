import binascii


def show(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


c = binascii.crc32
for data in [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)), bytearray(b"xyz")]:
    print(repr(data[:20]), c(data), hex(c(data)))

print(c(b"hello world", 0), c(b"hello world", 1), c(b"hello world", -1), c(b"hello world", 0xFFFFFFFF))
print(c(b"", 0x123456789), c(b"", -5), c(b"abc", 2 ** 70), c(b"abc", -2 ** 70))
print(c(b"abc", True))
whole = c(b"hello world")
part = c(b" world", c(b"hello"))
print(whole, part, whole == part)
acc = 0
for i in range(0, 1000, 7):
    acc = c(bytes(range(i % 256, min(256, i % 256 + 7))), acc)
print(acc)
show("str", c, "abc")
show("float start", c, b"abc", 1.0)
show("str start", c, b"abc", "1")
show("no args", c)
show("three args", c, b"a", 2, 3)
show("keyword", c, b"abc", crc=1)
show("data keyword", c, data=b"abc")
