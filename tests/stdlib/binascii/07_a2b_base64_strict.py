import binascii


def show(s):
    try:
        print(repr(s), "->", repr(binascii.a2b_base64(s, strict_mode=True)))
    except binascii.Error as e:
        print(repr(s), "->", type(e).__name__, e)


for s in [b"", b"Zg==", b"Zm8=", b"Zm9v", b"=", b"==Zg", b"=Zg=", b"Zg=", b"Zg", b"Z", b"Zm9vY",
          b"Zg===", b"Zg==Z", b"Zg==\n", b"Zg=g", b"Z=g=", b"AB=C", b"Zm=9v", b"Zh==", b"Zm9v=",
          b"Zm9v==", b"Zm9v=\n", b"Z===", b"Zm9vYg=", b"ab cd", b"ab\ncd", b"Zm9v!", b"Zm9v\x00",
          b"Zm9v\xff", b"Zg==Zg==", b"QUJD\nREVG", "Zm9vYmFy", b"-_-_", b"+/+/"]:
    show(s)

print(binascii.a2b_base64(b"Zm9v", strict_mode=1))
print(binascii.a2b_base64(b"Zm 9v", strict_mode=0))
print(binascii.a2b_base64(b"Zm 9v", strict_mode=False))
for bad in [None, [], 2.5, "x", 2 ** 40]:
    try:
        binascii.a2b_base64(b"Zm9v", strict_mode=bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
