import base64
import binascii


def show(s, *args):
    try:
        print(repr(s), args, "->", repr(base64.b32decode(s, *args)))
    except binascii.Error as e:
        print(repr(s), args, "->", type(e).__name__, e)
    except Exception as e:
        print(repr(s), args, "-> other", type(e).__name__, e)


for s in [b"", b"MY======", b"MZXQ====", b"MZXW6===", b"MZXW6YQ=", b"MZXW6YTB", b"MZXW6YTBOI======",
          "MZXW6YTBOI======", bytearray(b"MZXW6YQ="), b"AAAAAAAA", b"77777777", b"7777777777777777"]:
    show(s)
for s in [b"MY=====", b"MY", b"MZXW6YT=", b"M=======", b"MZX=====", b"MZXW6Y==", b"========",
          b"MY======MY======", b"my======", b"MY==\n===", b"M1======", b"MZXW6YQ!", b"MZ=W6YQ=",
          b"A=======", b"AA======", b"AAA=====", b"AAAA====", b"AAAAA===", b"AAAAAA==", b"AAAAAAA="]:
    show(s)
