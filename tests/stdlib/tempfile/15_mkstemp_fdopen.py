# mkstemp returns an open OS-level descriptor and a path: the usual pattern wraps the
# descriptor with os.fdopen, writes, and removes the file afterwards.
import os
import tempfile

fd, path = tempfile.mkstemp(prefix='report_', suffix='.txt', dir='.')
name = os.path.basename(path)
print(type(fd).__name__, fd > 2, name.startswith('report_'), name.endswith('.txt'), len(name))
with os.fdopen(fd, 'w') as f:
    print(type(f).__name__, f.name == fd, f.mode)
    f.write('line 1\nline 2\n')
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
with open(path) as f:
    print(f.readlines())
fd2, path2 = tempfile.mkstemp(dir='.')
with os.fdopen(fd2, 'w+b') as f:
    f.write(b'\x00\x01binary')
    f.seek(0)
    print(f.read(), f.mode)
print(os.path.getsize(path2))
fds = [tempfile.mkstemp(dir='.', suffix='.part') for _ in range(10)]
print(len({p for fd, p in fds}), len({fd for fd, p in fds}), all(p.endswith('.part') for fd, p in fds))
for fd, p in fds:
    os.close(fd)
    os.remove(p)
fd3, path3 = tempfile.mkstemp(dir='.', prefix='')
os.close(fd3)
print(len(os.path.basename(path3)), os.path.dirname(path3) == os.path.abspath('.'))
fd4, path4 = tempfile.mkstemp(dir=os.path.join('.', 'sub', '..'))
os.close(fd4)
print(os.path.isabs(path4), '..' in path4, os.path.exists(path4))
for p in [path, path2, path3, path4]:
    os.remove(p)
print(os.listdir('.'))
