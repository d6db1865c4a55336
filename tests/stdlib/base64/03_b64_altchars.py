import base64


def show(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


data = b"\xfb\xff\xbf\xfe\xfa"
show("plain", base64.b64encode, data)
show("-_", base64.b64encode, data, altchars=b"-_")
show("bytearray alt", base64.b64encode, data, bytearray(b"*."))
show("alt positional", base64.b64encode, data, b"!@")
show("alt str", base64.b64encode, data, altchars="-_")
show("alt short", base64.b64encode, data, altchars=b"-")
show("alt long", base64.b64encode, data, altchars=b"-_=")
show("alt int", base64.b64encode, data, altchars=5)
enc = base64.b64encode(data, altchars=b"-_")
show("decode -_", base64.b64decode, enc, altchars=b"-_")
show("decode str alt", base64.b64decode, enc, altchars="-_")
show("decode short alt", base64.b64decode, enc, altchars="-")
show("decode int alt", base64.b64decode, enc, altchars=5)
show("decode without alt", base64.b64decode, enc)
show("decode without alt validate", base64.b64decode, enc, validate=True)
show("decode alt validate", base64.b64decode, enc, b"-_", True)
show("alt keeps + /", base64.b64decode, b"+/-_", altchars=b"-_")
