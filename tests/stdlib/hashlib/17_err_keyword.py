import hashlib
try:
    hashlib.md5(foo=1)
except TypeError as e:
    print("TypeError raised")
try:
    hashlib.sha256(b"a", b"b")
except TypeError as e:
    print("TypeError raised 2")
h = hashlib.sha1()
try:
    h.update()
except TypeError as e:
    print("TypeError raised 3")
try:
    h.update(b"a", b"b")
except TypeError as e:
    print("TypeError raised 4")
print(h.hexdigest())
