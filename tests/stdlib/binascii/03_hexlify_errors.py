import binascii


def show(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


h = binascii.hexlify
show("str data", h, "abc")
show("int data", h, 5)
show("None data", h, None)
show("list data", h, [1, 2])
show("sep int", h, b"abc", 1)
show("sep None", h, b"abc", None)
show("sep long", h, b"abc", "::")
show("sep empty", h, b"abc", "")
show("sep empty bytes", h, b"abc", b"")
show("sep non-latin", h, b"abc", "\u0100")
show("sep bytearray", h, b"abc", bytearray(b"-"))
show("sep list", h, b"abc", [1])
show("sep tuple", h, b"abc", (1,))
show("bps float", h, b"abc", "-", 2.0)
show("bps str", h, b"abc", "-", "2")
show("bps huge", h, b"abc", "-", 2 ** 31)
show("bps huge neg", h, b"abc", "-", -2 ** 70)
show("empty data bad sep", h, b"", "ab")
show("empty data int sep", h, b"", 5)
show("bad data bad bps", h, 5, "ab", 2.0)
show("bad bps bad sep", h, b"ab", "ab", 2.0)
show("no args", h)
show("too many", h, b"", 1, 2, 3)
show("data twice", h, b"", data=b"")
show("sep only", h, sep="-")
show("unknown kw", h, b"ab", x=1)
show("unknown kw b2a_hex", binascii.b2a_hex, b"ab", sep=b"-", bytes_per_sep=1, x=1)
show("unknown kw only", h, x=1)
