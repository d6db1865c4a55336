import binascii


def data(n, seed):
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = x >> 23
    return bytes(out)


for n in [57, 58, 59, 1000, 4096, 65537]:
    d = data(n, n)
    enc = binascii.b2a_base64(d)
    print(n, len(enc), binascii.crc32(enc), enc[:20], enc[-8:])
    dec = binascii.a2b_base64(enc)
    print(dec == d, binascii.a2b_base64(enc[:-1], strict_mode=True) == d)
    lines = b"\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))
    print(binascii.a2b_base64(lines) == d)
    h = binascii.hexlify(d)
    print(binascii.crc32(h), binascii.unhexlify(h) == d, binascii.unhexlify(h.upper()) == d)
