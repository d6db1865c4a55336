import base64
import binascii


def data(n, seed):
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = x >> 23
    return bytes(out)


d = data(100003, 5)
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b16encode, base64.b16decode), (base64.a85encode, base64.a85decode),
                 (base64.b85encode, base64.b85decode), (base64.encodebytes, base64.decodebytes)]:
    e = enc(d)
    print(enc.__name__, len(e), binascii.crc32(e), e[:16], e[-16:], dec(e) == d)
e = base64.a85encode(d, wrapcol=76, adobe=True)
print(len(e), binascii.crc32(e), base64.a85decode(e, adobe=True) == d)
z = bytes(4000) + d[:999] + b"    " * 300 + bytes(3)
e = base64.a85encode(z, foldspaces=True)
print(len(e), binascii.crc32(e), e.count(b"z"), e.count(b"y"), base64.a85decode(e, foldspaces=True) == z)
