import base64

words = [b"\x00\x00\x00\x00", b"    ", b"\x00\x00\x00\x01", b"   !", b"\x00\x00\x01\x00", b"\x01\x00\x00\x00"]
for a in words:
    for b in words:
        s = a + b
        plain = base64.a85encode(s)
        folded = base64.a85encode(s, foldspaces=True)
        print(repr(s), plain, folded, base64.a85decode(folded, foldspaces=True) == s)
for tail in [b"\x00", b"\x00\x00", b"\x00\x00\x00", b" ", b"  ", b"   "]:
    s = b"\x00\x00\x00\x00" + tail
    print(repr(s), base64.a85encode(s), base64.a85encode(s, pad=True), base64.a85encode(s, foldspaces=True),
          base64.a85encode(s, pad=True, foldspaces=True))
s = b"\x00\x00\x00\x55" + b"\x00\x00\x00\x00" * 2
print(base64.a85encode(s))
s = bytes([0, 0, 0, 85, 0, 0, 0, 1])
print(base64.a85encode(s))
