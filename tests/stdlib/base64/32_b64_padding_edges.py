import base64

for n in range(0, 7):
    data = b"\xa5" * n
    e = base64.b64encode(data)
    stripped = e.rstrip(b"=")
    for candidate in [e, stripped, stripped + b"=", stripped + b"==", stripped + b"===", e + b"=", e + b"\n", b"\n" + e]:
        try:
            r = base64.b64decode(candidate)
        except Exception as ex:
            r = type(ex).__name__ + ": " + str(ex)
        try:
            v = base64.b64decode(candidate, validate=True)
        except Exception as ex:
            v = type(ex).__name__ + ": " + str(ex)
        print(n, repr(candidate), repr(r), repr(v))
