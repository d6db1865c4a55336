import base64
import binascii


def show(s, **kw):
    try:
        print(repr(s), kw, "->", repr(base64.b64decode(s, **kw)))
    except binascii.Error as e:
        print(repr(s), kw, "->", type(e).__name__, e)
    except Exception as e:
        print(repr(s), kw, "-> other", type(e).__name__, e)


for s in [b"Zm9v", b"Zm9v\n", b"Zm 9v", b"Zg==", b"Zg=", b"Zg===", b"=Zg=", b"Zg==Zg==", b"Zm9vY", b"Zm9v=",
          b"Zm!9v", "Zm9vYg==", b"Zg=g", b"Z=g="]:
    show(s)
    show(s, validate=True)
for v in [1, 0, None, [], 2 ** 40]:
    show(b"Zm9v", validate=v)
