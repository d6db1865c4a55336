import hashlib, os, tempfile
fd, path = tempfile.mkstemp()
os.close(fd)
try:
    with open(path, "w") as f:
        for i in range(200):
            f.write("line %d\n" % i)
    with open(path) as f:
        print(hashlib.md5(f.read().encode()).hexdigest())
    h = hashlib.sha256()
    with open(path) as f:
        for line in f:
            h.update(line.encode("utf-8"))
    print(h.hexdigest())
    with open(path) as f:
        text = f.read()
    print(hashlib.sha256(text.encode("utf-8")).hexdigest() == h.hexdigest())
finally:
    os.remove(path)
