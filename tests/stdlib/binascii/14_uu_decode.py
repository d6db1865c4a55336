import binascii


def show(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


a = binascii.a2b_uu
for n in [0, 1, 2, 3, 4, 44, 45]:
    data = bytes((i * 53 + 1) % 256 for i in range(n))
    for bt in (False, True):
        enc = binascii.b2a_uu(data, backtick=bt)
        print(n, bt, a(enc) == data, a(enc.rstrip(b"\n")) == data)
show("empty", a, b"")
show("empty str", a, "")
show("length only", a, b"#")
show("short line", a, b"&86)C")
show("str", a, "#86)C\n")
show("crlf", a, b"#86)C\r\n")
show("trailing spaces", a, b"#86)C   \n")
show("trailing backticks", a, b"#86)C``\n")
show("trailing garbage", a, b"#86)Cxx\n")
show("illegal char", a, b"#8\x016)C\n")
show("illegal high", a, b"#86)\x7f\n")
show("newline inside", a, b"#8\n6)C")
show("length 0 with data", a, b" abc")
show("backtick length", a, b"`")
show("non-ascii str", a, "#\xe9")
show("int", a, 5)
show("no args", a)
show("keyword", a, data=b"")
show("two args", a, 1, 2)
