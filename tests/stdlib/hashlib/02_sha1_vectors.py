import hashlib
for data in [b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
             b"The quick brown fox jumps over the lazy dog"]:
    print(data, hashlib.sha1(data).hexdigest())
