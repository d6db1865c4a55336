import base64


def show(s):
    try:
        print(repr(s), "->", repr(base64.b85decode(s)))
    except Exception as e:
        print(repr(s), "->", type(e).__name__, e)


for s in [b"", b"0", b"00", b"000", b"0000", b"00000", b"VE", b"VPR", b"VPRo", b"VPRom", b"Xk~0{Zy<",
          "Xk~0{Zy<MXa+]P0", bytearray(b"VPRom"), b"|NsC0", b"|NsC1", b"|NsC", b"|", b"~", b"~~~~~",
          b"ab\"cd", b"ab cd", b"abcd\n", b"|NsC0|NsC0\"", b"|NsC1\"", b"\"", b"abcde\xff", "caf\xe9", 5, None]:
    show(s)
