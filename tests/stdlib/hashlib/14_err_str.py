import hashlib
for ctor in [hashlib.md5, hashlib.sha1, hashlib.sha256, hashlib.sha512]:
    try:
        ctor("abc")
    except Exception as e:
        print(type(e).__name__, e)
h = hashlib.sha256()
try:
    h.update("abc")
except Exception as e:
    print(type(e).__name__, e)
try:
    hashlib.new("md5", "abc")
except Exception as e:
    print(type(e).__name__, e)
print(h.hexdigest()[:8])
