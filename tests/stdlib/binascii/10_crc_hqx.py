import binascii


def show(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


h = binascii.crc_hqx
for data in [b"", b"a", b"abc", b"123456789", bytes(range(256)), bytearray(b"xyz")]:
    print(repr(data[:20]), h(data, 0), h(data, 0xFFFF), h(data, 0x1D0F))
print(h(b"abc", -1), h(b"abc", 2 ** 40 + 5), h(b"abc", 5), h(b"", 0x12345), h(b"", -1), h(b"abc", 2 ** 70))
whole = h(b"hello world", 0)
print(whole, h(b" world", h(b"hello", 0)))
show("one arg", h, b"abc")
show("no args", h)
show("three args", h, 1, 2, 3)
show("str", h, "a", 1)
show("float", h, b"a", 1.5)
show("keyword", h, b"a", crc=1)
