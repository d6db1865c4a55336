import hashlib
# stable hash-based train/test split, as in notebooks
ids = ["user%d" % i for i in range(40)]
def bucket(s, n=10):
    return int(hashlib.md5(s.encode()).hexdigest(), 16) % n
train = [i for i in ids if bucket(i) < 8]
test = [i for i in ids if bucket(i) >= 8]
print(len(train), len(test))
print(test)
print(int.from_bytes(hashlib.sha1(b"seed").digest()[:4], "big"))
