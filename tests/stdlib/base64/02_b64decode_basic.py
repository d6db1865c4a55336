import base64

for s in [b"", b"Zg==", b"Zm8=", b"Zm9v", b"Zm9vYg==", b"Zm9vYmE=", b"Zm9vYmFy", "Zm9vYmFy", bytearray(b"Zm9v"),
          b"QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "+/+/", b"AAAA"]:
    d = base64.b64decode(s)
    print(repr(s), repr(d), type(d).__name__)
print(base64.standard_b64decode(b"QWxhZGRpbjpvcGVuIHNlc2FtZQ=="))
print(base64.standard_b64decode("Zm9v\nYmFy"))
