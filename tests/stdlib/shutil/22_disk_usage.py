# shutil.disk_usage returns a named tuple of three ints (bytes); only relations are printed.
import os
import shutil
from pathlib import Path

os.mkdir('d')
with open('d/f.bin', 'wb') as f:
    f.write(b'\0' * 1000)
u = shutil.disk_usage('.')
print(type(u).__name__, type(u).__module__, u._fields)
print([type(x).__name__ for x in u], len(u), isinstance(u, tuple))
total, used, free = u
print(total == u[0] == u.total, used == u.used, free == u[-1])
print(total > 0, 0 <= used <= total, 0 <= free <= total)
print(sorted(u._asdict()), repr(u).startswith('usage(total='))
for arg in ['d', 'd/f.bin', b'.', Path('d'), '/']:
    v = shutil.disk_usage(arg)
    print(type(arg).__name__, type(v).__name__, all(isinstance(x, int) and x >= 0 for x in v))
st = os.statvfs('.')
print(shutil.disk_usage('.').total == st.f_blocks * st.f_frsize)
print(u._replace(free=0).free, u.total == u._replace(used=1).total)
for bad in ['missing', 'd/f.bin/x', None, 7.5]:
    try:
        shutil.disk_usage(bad)
    except (OSError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
shutil.rmtree('d')
print(os.listdir('.'))
