import base64

for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\x00", b"\x00\x00\x00\x00\x00", b"\xff" * 5,
          b"\xff" * 6, bytes(range(30)), bytearray(b"bytearray"), b"Hello, World!"]:
    e = base64.b32encode(s)
    print(repr(s), e, type(e).__name__)
