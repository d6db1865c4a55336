import base64

for s in [b"", b"\x00", b"\x00" * 4, b"\x00" * 5, b"a", b"ab", b"abc", b"abcd", b"abcde", b"    ",
          b"\xff\xff\xff\xff", b"hello world", bytes(range(32)), bytearray(b"ba")]:
    print(repr(s), base64.b85encode(s), base64.b85encode(s, pad=True), base64.b85encode(s, True))
for bad in ["abc", 5, None]:
    try:
        base64.b85encode(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
