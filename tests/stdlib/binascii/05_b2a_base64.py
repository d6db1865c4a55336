import binascii

for n in range(0, 10):
    data = bytes(range(250, 250 - n, -1))
    print(n, binascii.b2a_base64(data), binascii.b2a_base64(data, newline=False))

print(binascii.b2a_base64(b"Aladdin:open sesame"))
print(binascii.b2a_base64(bytearray(b"\x00\x00\x00")))
print(binascii.b2a_base64(b"\xfb\xff\xbf"))
print(binascii.b2a_base64(b"x", newline=0))
print(binascii.b2a_base64(b"x", newline=2))
print(binascii.b2a_base64(b"x", newline=-1))
print(binascii.b2a_base64(b"", newline=True))
print(binascii.b2a_base64(b"", newline=False))
big = bytes((i * 7 + 3) % 256 for i in range(1000))
enc = binascii.b2a_base64(big)
print(len(enc), enc[:40], enc[-10:])
print(type(binascii.b2a_base64(bytearray(b"ab"))).__name__)
