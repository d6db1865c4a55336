import hashlib
for data in [b"", b"abc", b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"]:
    print(data[:10], hashlib.sha512(data).hexdigest())
