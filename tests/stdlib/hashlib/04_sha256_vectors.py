import hashlib
for data in [b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
             b"hello world", bytes(range(256))]:
    print(data[:20], hashlib.sha256(data).hexdigest())
