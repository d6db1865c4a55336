import binascii

for data in [b"", b"\x00", b"abc", b"\xff\xfe\x00\x01", bytes(range(0, 256, 17)), bytearray(b"xyz")]:
    h = binascii.hexlify(data)
    print(repr(data), h, type(h).__name__, binascii.b2a_hex(data) == h)

print(binascii.hexlify(bytes(range(256)))[:64])
print(len(binascii.hexlify(bytes(1000))))
print(binascii.hexlify(data=b"kw"))
print(binascii.b2a_hex(data=b"kw"))
print(binascii.hexlify.__name__, binascii.b2a_hex.__name__)
