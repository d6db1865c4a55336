import hashlib
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
print(type(hashlib.algorithms_guaranteed).__name__)
print(sorted(hashlib.algorithms_available & {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}))
for name in sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}):
    print(name, hashlib.new(name, b"").hexdigest()[:12])
