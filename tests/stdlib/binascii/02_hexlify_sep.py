import binascii

data = b"abcdefg"
for sep in ["-", ":", b"_", b"\xff", "\x7f", " ", "\xe9"]:
    for n in [1, 2, 3, -1, -2, -3, 0, 7, 8, -7, -8, 100]:
        print(repr(sep), n, binascii.hexlify(data, sep, n))

print(binascii.hexlify(b"abcde", sep="-"))
print(binascii.hexlify(b"abcde", bytes_per_sep=2))
print(binascii.hexlify(b"abcde", bytes_per_sep=2, sep=":"))
print(binascii.hexlify(b"abcde", "-", True))
print(binascii.hexlify(b"abcde", "-", False))
print(binascii.hexlify(b"", "-", 2))
print(binascii.hexlify(b"a", "-", 2))
print(binascii.b2a_hex(b"\x01\x02\x03\x04", b".", -3))
print(binascii.hexlify(b"abc", "-", -2 ** 31))
print(binascii.hexlify(b"abc", "-", 2 ** 31 - 1))
big = bytes((i * 31 + 7) % 256 for i in range(1001))
for n in [1, 2, 3, -1, -2, -3, 100, -100, 1000, 1001]:
    h = binascii.hexlify(big, ":", n)
    print(n, len(h), binascii.crc32(h), h[:16], h[-16:])
