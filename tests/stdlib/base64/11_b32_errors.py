import base64


def show(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


show("encode str", base64.b32encode, "abc")
show("encode int", base64.b32encode, 5)
show("encode None", base64.b32encode, None)
show("encode list", base64.b32encode, [1])
show("hexencode str", base64.b32hexencode, "abc")
show("decode int", base64.b32decode, 5)
show("decode non-ascii", base64.b32decode, "\xe9" * 8)
show("decode None", base64.b32decode, None)
show("decode bad length", base64.b32decode, b"ABC")
show("decode bad length map", base64.b32decode, b"ABC", map01=5)
show("decode bad digit and padding", base64.b32decode, b"A!A=====")
show("decode lower no casefold", base64.b32decode, b"abcdefgh")
show("hexdecode map01", base64.b32hexdecode, b"", map01=b"L")
show("hexdecode bad", base64.b32hexdecode, b"WXYZ====")
