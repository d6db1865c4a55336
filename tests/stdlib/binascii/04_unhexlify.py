import binascii


def show(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


u = binascii.unhexlify
for s in [b"", b"00", b"abcd", b"ABCD", b"AbCd", "0123456789abcdef", "FFfe", bytearray(b"7a7A")]:
    show(repr(s), u, s)
    show("a2b_hex " + repr(s), binascii.a2b_hex, s)

show("odd", u, b"abc")
show("odd str", u, "a")
show("non-hex", u, b"zz")
show("non-hex odd", u, b"zzz")
show("space", u, " a")
show("inner space", u, "ab cd")
show("newline", u, b"ab\n")
show("non-ascii str", u, "\xe90")
show("int", u, 5)
show("None", u, None)
show("list", u, [48, 48])
show("no args", u)
show("two args", u, b"00", b"00")
show("keyword", u, hexstr=b"00")
show("a2b_hex keyword", binascii.a2b_hex, x=1)
show("a2b_hex two", binascii.a2b_hex, 1, 2)
print(u(binascii.hexlify(bytes(range(256)))) == bytes(range(256)))
