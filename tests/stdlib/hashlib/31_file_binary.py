import hashlib, os, tempfile
fd, path = tempfile.mkstemp()
os.close(fd)
try:
    with open(path, "wb") as f:
        f.write(bytes(range(256)) * 10)
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            chunk = f.read(100)
            if not chunk:
                break
            h.update(chunk)
    print(h.hexdigest())
finally:
    os.remove(path)
