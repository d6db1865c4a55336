import binascii

q = binascii.b2a_qp
samples = [b"", b"hello", b"a=b", b"tab\there", b"trailing space ", b"trailing tab\t", b"caf\xc3\xa9",
           b"line1\nline2\n", b"line1\r\nline2\r\n", b"space before nl \nnext", b"tab before nl\t\nx",
           b".", b".\n", b"a\n.\nb", b"..", b"under_score", b"\x00\x01\x7f\x80\xff", b"a\rb", b"\r",
           b"=\n=", b"x" * 80, b"y" * 75 + b"=", b"z" * 74 + b"\n" + b"w" * 80, b"a b\tc"]
for s in samples:
    print(repr(s))
    print("  default  ", q(s))
    print("  quotetabs", q(s, quotetabs=True))
    print("  binary   ", q(s, istext=False))
    print("  header   ", q(s, header=True))
    print("  all      ", q(s, True, False, True))
print(q(data=b"kw \t", quotetabs=1))
print(type(q(bytearray(b"ab"))).__name__)
