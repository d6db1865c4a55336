import hashlib
for name in ["md5", "MD5", "sha1", "SHA1", "sha256", "SHA256", "Sha512", "sha224", "SHA384"]:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.hexdigest()[:16])
print(hashlib.new("sha256").hexdigest()[:16])
print(hashlib.new("sha256", data=b"abc").hexdigest()[:16])
print(hashlib.new(name="md5", data=b"abc").hexdigest())
