import binascii


def show(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


show("b2a_qp str", binascii.b2a_qp, "a")
show("b2a_qp int", binascii.b2a_qp, 5)
show("b2a_qp no args", binascii.b2a_qp)
show("b2a_qp too many", binascii.b2a_qp, b"", 1, 1, 1, 1)
show("b2a_qp unknown", binascii.b2a_qp, b"", x=1)
show("b2a_qp unknown2", binascii.b2a_qp, b"", quotetabs=1, x=1)
show("b2a_qp twice", binascii.b2a_qp, b"", data=b"")
show("b2a_qp quotetabs list", binascii.b2a_qp, b"a", quotetabs=[])
show("b2a_qp quotetabs float", binascii.b2a_qp, b"a", quotetabs=2.5)
show("b2a_qp istext None", binascii.b2a_qp, b"a", istext=None)
show("b2a_qp header huge", binascii.b2a_qp, b"", header=2 ** 40)
show("b2a_qp positional", binascii.b2a_qp, b"a\tb ", 1, 0, 1)
show("a2b_qp int", binascii.a2b_qp, 5)
show("a2b_qp non-ascii", binascii.a2b_qp, "\xe9")
show("a2b_qp no args", binascii.a2b_qp)
show("a2b_qp header only", binascii.a2b_qp, header=1)
show("a2b_qp too many", binascii.a2b_qp, b"", 1, 2)
show("a2b_qp twice", binascii.a2b_qp, b"", data=1)
show("a2b_qp header list", binascii.a2b_qp, b"a", header=[])
show("a2b_qp kw", binascii.a2b_qp, data=b"=41", header=1)
