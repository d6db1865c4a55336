import base64

pairs = [
    (base64.b64encode, base64.b64decode),
    (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    (base64.b32encode, base64.b32decode),
    (base64.b32hexencode, base64.b32hexdecode),
    (base64.b16encode, base64.b16decode),
    (base64.a85encode, base64.a85decode),
    (base64.b85encode, base64.b85decode),
    (base64.encodebytes, base64.decodebytes),
]
for enc, dec in pairs:
    lengths = []
    ok = True
    for n in range(0, 70):
        data = bytes((i * 97 + n * 13) % 256 for i in range(n))
        e = enc(data)
        lengths.append(len(e))
        ok = ok and dec(e) == data and (dec is base64.decodebytes or dec(e.decode("ascii")) == data)
    print(enc.__name__, ok, lengths)
