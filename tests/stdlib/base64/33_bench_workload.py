# A small version of pyperformance's bm_base64 workload, checked for round trips.
import base64
import binascii


def data(n, seed):
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = x >> 23
    return bytes(out)


TINY, SMALL, MEDIUM, NINE_K = data(20, 1), data(127, 2), data(3072, 3), data(9000, 4)
for name, enc, dec in [("b64", base64.b64encode, base64.b64decode),
                       ("urlsafe", base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                       ("b32", base64.b32encode, base64.b32decode),
                       ("b16", base64.b16encode, base64.b16decode),
                       ("a85", base64.a85encode, base64.a85decode),
                       ("b85", base64.b85encode, base64.b85decode)]:
    crc = 0
    ok = True
    for d in (TINY, SMALL, MEDIUM, NINE_K):
        e = enc(d)
        crc = binascii.crc32(e, crc)
        ok = ok and dec(e) == d and dec(e.decode("ascii")) == d
    print(name, crc, ok)
w = base64.a85encode(NINE_K, wrapcol=76)
print(len(w), w.count(b"\n"), base64.a85decode(w) == NINE_K)
