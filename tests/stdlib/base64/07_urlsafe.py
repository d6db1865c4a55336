import base64

samples = [b"", b"\xfb", b"\xfb\xff", b"\xfb\xff\xbf", b"\xff\xfe\xfd\xfc", b"hello?>", bytes(range(240, 256))]
for s in samples:
    e = base64.urlsafe_b64encode(s)
    print(repr(s), e, base64.urlsafe_b64decode(e) == s, base64.urlsafe_b64decode(e.decode()) == s)
print(base64.urlsafe_b64decode(b"-_-_"))
print(base64.urlsafe_b64decode(b"+/+/"))
print(base64.urlsafe_b64decode(b"-_+/"))
print(base64.urlsafe_b64decode("_-8="))
print(base64.urlsafe_b64decode(b"_-8\n="))
try:
    base64.urlsafe_b64decode(b"_-8")
except Exception as e:
    print(type(e).__name__, e)
