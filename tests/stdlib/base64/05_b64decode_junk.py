import base64
import binascii


def show(s):
    try:
        print(repr(s), "->", repr(base64.b64decode(s)))
    except binascii.Error as e:
        print(repr(s), "->", type(e).__name__, e)


for s in [b"Zm9v YmFy", b"Zm9v\nYmFy\n", b"Z\tm\r9\x0bv", b"!!Zm9v!!", b"Zm9v\x00\x80\xff", b"Zg=\n=",
          b"Zg= =", b"Zg=!=!", b"Zm9vYmFy====", b"Zm9vYmFyYg=\n=\nrest", b"ab=c=d", b"a=b=c=d=",
          b"====", b"=", b"Zg==Zm9v", b"Zm8=\nYmFy", b"YWJj\r\nZGVm\r\n", b"Y W J j Z A", "  Zm9v  ",
          b"-_-_", b"Zm9vY", b"Zm9vY \n\t", b"Zm9vYm", b"\n\n\n"]:
    show(s)
