import base64

for n in range(0, 11):
    data = bytes(range(100, 100 + n))
    e = base64.b32encode(data)
    body = e.rstrip(b"=")
    print(n, e, len(e) - len(body))
    for pads in range(0, 9):
        candidate = body + b"=" * pads
        try:
            r = repr(base64.b32decode(candidate))
        except Exception as ex:
            r = type(ex).__name__ + ": " + str(ex)
        print("  ", pads, r)
