import binascii


def show(s):
    try:
        print(repr(s), "->", repr(binascii.a2b_base64(s)))
    except binascii.Error as e:
        print(repr(s), "->", type(e).__name__, e)


for s in [b"", b"Zg==", b"Zg=", b"Zg", b"Zm8=", b"Zm8", b"Zm9v", b"Zm9vYg==", b"Zm9vYmE=", b"Zm9vYmFy",
          b"Z", b"Zm9vY", b"Zm9vYmFyY", b"=", b"==", b"===", b"====", b"Zg===", b"Zg====", b"Zm9v=",
          b"Zm9v==", b"Zg==Zg==", b"Zm8=Zm8=", b"Z===", b"Zg=g", b"Z=g=", b"AB=C", b"Zm=9v", b"Zh==",
          b"Zm9=", b"Zm9==", b"Zg==\n", b"Zg=\n=", b"Zg= =", b"ab=c=d", b"Zm9vYmFyYg=", b"a=b=c=d=",
          b"====Zg==", b"Zg==garbage", b"QUJD\nREVG\n", b"QUJ DREVG", "Zm9v", "Zg=="]:
    show(s)
