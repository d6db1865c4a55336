# os.statvfs: the file system's sizes as a struct sequence (only relations between the values
# are printed: the values themselves change with the machine and over time).
import os
import pathlib

s = os.statvfs('.')
T = type(s)
print(T.__name__, T.__module__, T.__qualname__, len(s), isinstance(s, tuple))
print(T.__match_args__)
print(repr(s).startswith('os.statvfs_result(f_bsize='), repr(s).endswith(')'))
names = T.__match_args__
print(all(getattr(s, n) == s[i] for i, n in enumerate(names)))
print([type(x).__name__ for x in s])
print(s.f_blocks >= s.f_bfree >= s.f_bavail >= 0, s.f_files >= s.f_ffree >= 0)
print(s.f_bsize > 0, s.f_frsize > 0, s.f_namemax >= 14, s.f_flag >= 0)
print(os.statvfs(b'.').f_bsize == s.f_bsize, os.statvfs(pathlib.Path('.')).f_frsize == s.f_frsize)
with open('x', 'w') as f:
    f.write('data')
print(os.statvfs('x').f_bsize == s.f_bsize, os.statvfs('x').f_namemax == s.f_namemax)
print(os.statvfs(path='.').f_bsize == s.f_bsize)
try:
    s.f_bsize = 1
except AttributeError as e:
    print(type(e).__name__, e)
made = T(range(10))
print(made, made.f_namemax, made[2:4])
for path in ['missing', 'x/y', 'missing/sub']:
    try:
        os.statvfs(path)
    except OSError as e:
        print(type(e).__name__, e.errno, e, '|', e.filename)
