import base64

for s in [b"", b"\x00", b"\x00\x00", b"\x00\x00\x00", b"\x00\x00\x00\x00", b"\x00" * 5, b"\x00" * 8,
          b"a", b"ab", b"abc", b"abcd", b"abcde", b"    ", b"\xff\xff\xff\xff", b"\xff\xff\xff\xff\xff",
          b"Man is distinguished", bytearray(b"ba"), b"\x00\x00\x00\x00abcd\x00\x00\x00\x00"]:
    print(repr(s), base64.a85encode(s))
