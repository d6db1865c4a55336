import hashlib
# lengths around the 55/56/64 and 111/112/128 padding boundaries
for n in [0, 1, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 1000]:
    d = b"x" * n
    print(n, hashlib.md5(d).hexdigest()[:8], hashlib.sha1(d).hexdigest()[:8],
          hashlib.sha256(d).hexdigest()[:8], hashlib.sha512(d).hexdigest()[:8],
          hashlib.sha224(d).hexdigest()[:8], hashlib.sha384(d).hexdigest()[:8])
