# shutil.disk_usage: total, used and free bytes, from statvfs.
import os
import pathlib
import shutil

u = shutil.disk_usage('.')
print(type(u).__name__, u._fields, len(u), isinstance(u, tuple))
print(u.total == u[0], u.used == u[1], u.free == u[2])
print(u.total >= u.used >= 0, u.total >= u.free >= 0, u.total > 0)
print(repr(u).startswith('usage(total='), [type(x).__name__ for x in u])
s = os.statvfs('.')
print(u.total == s.f_blocks * s.f_frsize)
print(shutil.disk_usage(b'.').total == u.total, shutil.disk_usage(pathlib.Path('.')).total == u.total)
with open('f', 'w') as f:
    f.write('x')
print(shutil.disk_usage('f').total == u.total)
for path in ['missing', 'f/sub']:
    try:
        shutil.disk_usage(path)
    except OSError as e:
        print(type(e).__name__, e.errno, e, '|', e.filename)
try:
    shutil.disk_usage(None)
except TypeError as e:
    print(type(e).__name__)
