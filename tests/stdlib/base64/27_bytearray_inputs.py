import base64

ba = bytearray(b"\x00\x01binary\xfe\xff")
for f in (base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b32hexencode, base64.b16encode,
          base64.a85encode, base64.b85encode, base64.encodebytes, base64.standard_b64encode):
    r = f(ba)
    print(f.__name__, r, type(r).__name__)
for f, enc in [(base64.b64decode, base64.b64encode), (base64.b32decode, base64.b32encode),
               (base64.b16decode, base64.b16encode), (base64.a85decode, base64.a85encode),
               (base64.b85decode, base64.b85encode), (base64.decodebytes, base64.encodebytes),
               (base64.urlsafe_b64decode, base64.urlsafe_b64encode)]:
    r = f(bytearray(enc(ba)))
    print(f.__name__, r, type(r).__name__)
print(ba)
