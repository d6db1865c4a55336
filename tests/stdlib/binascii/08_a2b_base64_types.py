import binascii


def show(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


a = binascii.a2b_base64
show("bytes", a, b"YWJj")
show("bytearray", a, bytearray(b"YWJj"))
show("str", a, "YWJj")
show("str junk", a, "YW Jj\n")
show("non-ascii str", a, "YWJj\xe9")
show("int", a, 5)
show("None", a, None)
show("list", a, [1])
show("no args", a)
show("two args", a, b"", b"")
show("data kw", a, data=b"")
show("unknown kw", a, b"", x=1)
show("strict and unknown", a, b"", strict_mode=1, x=2)
show("b2a str", binascii.b2a_base64, "abc")
show("b2a int", binascii.b2a_base64, 5)
show("b2a None", binascii.b2a_base64, None)
show("b2a two", binascii.b2a_base64, b"", 1)
show("b2a none", binascii.b2a_base64)
show("b2a newline list", binascii.b2a_base64, b"", newline=[])
show("b2a newline None", binascii.b2a_base64, b"ab", newline=None)
show("b2a newline huge", binascii.b2a_base64, b"", newline=2 ** 40)
show("b2a unknown kw", binascii.b2a_base64, b"", newline=True, x=1)
show("b2a bad data and newline", binascii.b2a_base64, 5, newline=[])
show("junk only", a, b"!!!!\n\n")
show("high bytes", a, b"\x80\xffYWJj\xfe")
