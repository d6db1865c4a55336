import binascii


def show(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for n in [0, 1, 2, 3, 4, 5, 44, 45]:
    data = bytes((i * 37) % 256 for i in range(n))
    print(n, binascii.b2a_uu(data))
    print(n, binascii.b2a_uu(data, backtick=True))
print(binascii.b2a_uu(b"\x00\x00\x00"), binascii.b2a_uu(b"\x00\x00\x00", backtick=True))
print(binascii.b2a_uu(bytearray(b"Cat")))
show("46 bytes", binascii.b2a_uu, b"a" * 46)
show("str", binascii.b2a_uu, "abc")
show("positional backtick", binascii.b2a_uu, b"abc", True)
show("no args", binascii.b2a_uu)
show("data kw", binascii.b2a_uu, data=b"")
show("unknown kw", binascii.b2a_uu, b"", x=2)
show("too many", binascii.b2a_uu, b"", backtick=1, x=2)
show("backtick list", binascii.b2a_uu, b"a", backtick=[])
show("backtick float", binascii.b2a_uu, b"a", backtick=1.5)
show("bad data and length", binascii.b2a_uu, 5, backtick=[])
