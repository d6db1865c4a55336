import hashlib
a = hashlib.sha256(b"x")
b = hashlib.sha256(b"x")
print(a.digest() == b.digest())
print(a == b)
print(hashlib.sha256(b"x").hexdigest() != hashlib.sha256(b"y").hexdigest())
print(type(a).__name__ == type(b).__name__)
print(hasattr(a, "update"), hasattr(a, "copy"), hasattr(a, "hexdigest"))
