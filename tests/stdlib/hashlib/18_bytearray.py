import hashlib
ba = bytearray(b"hello world")
print(hashlib.sha256(ba).hexdigest() == hashlib.sha256(b"hello world").hexdigest())
h = hashlib.md5()
h.update(bytearray(b"abc"))
h.update(b"def")
print(h.hexdigest(), hashlib.md5(b"abcdef").hexdigest())
ba[0] = 0x48
print(hashlib.sha1(ba).hexdigest())
print(hashlib.sha1(bytes(ba)).hexdigest())
print(hashlib.sha1(bytearray()).hexdigest())
