import hashlib
for data in [b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"]:
    print(data, hashlib.sha224(data).hexdigest())
