import hashlib
big = b"abcdefgh" * 125000  # 1 MB
for name in ["md5", "sha1", "sha256", "sha512"]:
    print(name, hashlib.new(name, big).hexdigest())
h = hashlib.sha256()
for _ in range(100):
    h.update(b"a" * 10000)
print(h.hexdigest())
print(hashlib.sha256(b"a" * 1000000).hexdigest())
