import base64


def show(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\xff" * 7, bytes(range(20))]:
    e = base64.b32hexencode(s)
    print(repr(s), e, base64.b32hexdecode(e) == s, base64.b32hexdecode(e.lower(), casefold=True) == s)
show("lower", base64.b32hexdecode, b"cpnmu===")
show("lower casefold", base64.b32hexdecode, b"cpnmu===", casefold=True)
show("str", base64.b32hexdecode, "CPNMUOJ1")
show("W", base64.b32hexdecode, b"CPNMUOJW")
show("padding", base64.b32hexdecode, b"CPNMUO==")
show("zero digit", base64.b32hexdecode, b"00000000")
