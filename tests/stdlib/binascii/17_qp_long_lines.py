import binascii

for n in [70, 72, 73, 74, 75, 76, 77, 150]:
    for tail in [b"", b"=", b" ", b"\t", b"\n", b"\r\n", b"\xff\xff"]:
        s = b"a" * n + tail + b"b" * 3
        enc = binascii.b2a_qp(s)
        print(n, repr(tail), enc.count(b"=\n"), enc.count(b"=\r\n"), len(enc), binascii.a2b_qp(enc) == s)
print(binascii.b2a_qp(b"=" * 40))
print(binascii.b2a_qp(b"\xff" * 30 + b"\r\n" + b"\xfe" * 30))
print(binascii.b2a_qp(b"a" * 100, quotetabs=True, istext=False))
