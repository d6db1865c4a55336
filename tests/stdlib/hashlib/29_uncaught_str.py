import hashlib
print(hashlib.sha1(b"ok").hexdigest())
hashlib.sha1("not bytes")
