import base64


def show(s, **kw):
    try:
        print(repr(s), kw, "->", repr(base64.b32decode(s, **kw)))
    except Exception as e:
        print(repr(s), kw, "->", type(e).__name__, e)


show(b"mzxw6ytb")
show(b"mzxw6ytb", casefold=True)
show(b"MzXw6YtB", casefold=1)
show(b"MZXW6YTB", casefold=True)
for m in [None, b"L", b"I", "L", "l", b"l", bytearray(b"I")]:
    show(b"ME======", map01=m)
    show(b"M0======", map01=m)
    show(b"01234567", map01=m)
    show(b"m1======", map01=m, casefold=True)
for m in [b"LI", b"", "LL", 5, 1.0]:
    show(b"M1======", map01=m)
show(b"M1======", map01=b"L", casefold=False)
show(b"MI======")
show(b"ML======")
