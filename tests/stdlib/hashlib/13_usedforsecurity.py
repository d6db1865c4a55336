import hashlib
print(hashlib.md5(b"abc", usedforsecurity=False).hexdigest())
print(hashlib.sha256(usedforsecurity=False).hexdigest()[:8])
print(hashlib.new("md5", b"abc", usedforsecurity=False).hexdigest())
print(hashlib.sha1(b"x", usedforsecurity=True).hexdigest())
print(hashlib.md5(string=b"abc").hexdigest())
