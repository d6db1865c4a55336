import base64


def show(s, **kw):
    try:
        print(repr(s), kw, "->", repr(base64.a85decode(s, **kw)))
    except Exception as e:
        print(repr(s), kw, "->", type(e).__name__, e)


for s in [b"u", b"uu", b"uuuuu", b"s8W-#", b"s8W-!u", b"ab\x00c", b"abczc", b"abcdz", b"abcdezc", b"a~b",
          b"<~abc", b"abc~>", b"a{b", b"v", b"\x80", b"uuuuu\x00", b"!!!!!\x00", b"ab!zc", b"uuuuuz",
          b"!u!!!z!", b"abyc", b"y!", "caf\xe9", 5, None]:
    show(s)
for s in [b"abyc", b"!y", b"uuuuuy", b"y"]:
    show(s, foldspaces=True)
show(b"abc", adobe=True)
show(b"<~abc~", adobe=True)
