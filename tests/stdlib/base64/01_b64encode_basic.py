import base64

for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\x00", b"\xff\xff\xff", b"\xfb\xff\xbf",
          bytes(range(256))[:40], bytearray(b"bytearray")]:
    e = base64.b64encode(s)
    print(repr(s), e, type(e).__name__)
print(base64.b64encode(b"Aladdin:open sesame"))
print(base64.standard_b64encode(b"Aladdin:open sesame"))
