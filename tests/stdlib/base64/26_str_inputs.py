import base64


def show(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for f, s in [(base64.b64decode, "Zm9vYmFy"), (base64.urlsafe_b64decode, "-_-_"), (base64.b32decode, "MZXW6==="),
             (base64.b32hexdecode, "CPNMU==="), (base64.b16decode, "CAFE"), (base64.a85decode, "@:E_W"),
             (base64.b85decode, "VPRom"), (base64.standard_b64decode, "YWJj")]:
    show(f.__name__, f, s)
    show(f.__name__ + " non-ascii", f, s + "\u20ac")
show("b64decode str altchars", base64.b64decode, "-_-_", altchars="-_")
show("b64decode non-ascii altchars", base64.b64decode, "abcd", altchars="\xe9\xe8")
show("b32decode str map01", base64.b32decode, "M1======", map01="L")
