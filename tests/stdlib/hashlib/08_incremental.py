import hashlib
data = bytes(i * 7 % 256 for i in range(3000))
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    one = hashlib.new(name, data).hexdigest()
    for step in [1, 3, 63, 64, 65, 500]:
        h = hashlib.new(name)
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        assert h.hexdigest() == one, (name, step)
    print(name, one[:16], "ok")
