import base64


def show(s, **kw):
    try:
        print(repr(s), kw, "->", repr(base64.a85decode(s, **kw)))
    except Exception as e:
        print(repr(s), kw, "->", type(e).__name__, e)


s = b"@:E_W\nAS,Rg"
show(s)
show(s, ignorechars=b"")
show(s, ignorechars=b"\n")
show(s, ignorechars=b"x")
show(b"@:E_WAS,Rg", ignorechars="x")
show(s, ignorechars="\n")
show(s, ignorechars=[10])
show(s, ignorechars=bytearray(b"\n"))
show(s, ignorechars=(10,))
show(b"@:E|_W", ignorechars=b"|")
show(b"@:E_W", ignorechars=b"@")
show(b"@:Ez_W", ignorechars=b"z")
show(b"z@:E_W", ignorechars=b"z")
show(b"uuuuu\n", ignorechars="\n")
show(b"@:E_W\n", ignorechars=5)
