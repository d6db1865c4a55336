import hashlib
# HMAC-SHA256 built by hand from hashlib primitives
def hmac_sha256(key, msg):
    bs = hashlib.sha256().block_size
    if len(key) > bs:
        key = hashlib.sha256(key).digest()
    key = key.ljust(bs, b"\x00")
    o = bytes(k ^ 0x5c for k in key)
    i = bytes(k ^ 0x36 for k in key)
    return hashlib.sha256(o + hashlib.sha256(i + msg).digest()).hexdigest()
print(hmac_sha256(b"key", b"The quick brown fox jumps over the lazy dog"))
print(hmac_sha256(b"k" * 100, b"msg"))
