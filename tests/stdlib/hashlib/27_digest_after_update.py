import hashlib
h = hashlib.md5()
out = []
for chunk in [b"a", b"b", b"c"]:
    h.update(chunk)
    out.append(h.hexdigest())
print(out)
print(out[-1] == hashlib.md5(b"abc").hexdigest())
h2 = hashlib.sha384()
print(h2.hexdigest()[:16]); h2.update(b"abc"); print(h2.hexdigest()[:16])
