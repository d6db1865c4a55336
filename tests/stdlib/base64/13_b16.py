import base64


def show(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for s in [b"", b"\x00", b"\x01\x02\xab\xcd\xef", bytes(range(0, 256, 15)), bytearray(b"ba")]:
    e = base64.b16encode(s)
    print(repr(s), e, base64.b16decode(e) == s, base64.b16decode(e.lower(), casefold=True) == s)
show("decode", base64.b16decode, b"0102ABCDEF")
show("decode str", base64.b16decode, "0102ABCDEF")
show("decode lower", base64.b16decode, b"abcd")
show("decode lower casefold", base64.b16decode, b"abcd", casefold=True)
show("decode lower odd", base64.b16decode, b"abc")
show("decode upper odd", base64.b16decode, b"ABC")
show("decode bad digit", base64.b16decode, b"0G")
show("decode space", base64.b16decode, b"01 02")
show("decode newline", base64.b16decode, b"0102\n")
show("decode int", base64.b16decode, 5)
show("decode non-ascii", base64.b16decode, "\xe9\xe9")
show("encode str", base64.b16encode, "ab")
show("encode int", base64.b16encode, 7)
