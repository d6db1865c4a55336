# os.truncate (by path and by descriptor), os.ftruncate/fsync and os.mkfifo, with their errors.
import os, tempfile, stat
d = tempfile.mkdtemp()
p = os.path.join(d, "f")
with open(p, "w") as f: f.write("hello world")
os.truncate(p, 5)
print(open(p).read(), os.path.getsize(p))
fd = os.open(p, os.O_RDWR)
os.truncate(fd, 2); os.fsync(fd); os.close(fd)
print(os.path.getsize(p))
for f in [lambda: os.truncate("/nonexist/x", 3), lambda: os.truncate(d, 0), lambda: os.mkfifo(d), lambda: os.truncate(3.5, 1), lambda: os.truncate(p, -1)]:
    try: f()
    except Exception as e: print(type(e).__name__, str(e).replace(d, "D"))
q = os.path.join(d, "fifo")
os.mkfifo(q, 0o600)
print(stat.S_ISFIFO(os.stat(q).st_mode), oct(stat.S_IMODE(os.stat(q).st_mode)))
import shutil; shutil.rmtree(d)
