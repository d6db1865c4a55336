import hashlib
for bad in [1, 1.5, None, [1, 2], (1,), object]:
    try:
        hashlib.md5(bad)
    except Exception as e:
        print(type(bad).__name__, type(e).__name__, e)
h = hashlib.sha1()
for bad in [3, [b"a"], {"a": 1}]:
    try:
        h.update(bad)
    except Exception as e:
        print(type(e).__name__, e)
