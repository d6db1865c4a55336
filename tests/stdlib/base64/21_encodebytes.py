import base64


def show(label, f, *args):
    try:
        r = f(*args)
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e, "| cause:", repr(e.__cause__))


for n in [0, 1, 2, 3, 56, 57, 58, 114, 115, 200]:
    data = bytes((i * 11) % 256 for i in range(n))
    e = base64.encodebytes(data)
    print(n, len(e), e.count(b"\n"), e[-6:], base64.decodebytes(e) == data)
print(base64.encodebytes(b"Aladdin:open sesame"))
print(base64.encodebytes(bytearray(b"x" * 60)))
show("str", base64.encodebytes, "abc")
show("int", base64.encodebytes, 5)
show("None", base64.encodebytes, None)
show("decodebytes str", base64.decodebytes, "YWJj")
show("decodebytes int", base64.decodebytes, 5)
show("decodebytes bytearray", base64.decodebytes, bytearray(b"YWJj\n"))
show("decodebytes junk", base64.decodebytes, b"YW Jj\n!!")
show("decodebytes bad", base64.decodebytes, b"YWJjZ\n")
