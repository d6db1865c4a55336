import hashlib
for data in [b"", b"a", b"abc", b"message digest", b"abcdefghijklmnopqrstuvwxyz",
             b"The quick brown fox jumps over the lazy dog"]:
    print(data, hashlib.md5(data).hexdigest())
