import os
import stat

with open('f.txt', 'w') as f:
    f.write('hello world')
os.mkdir('d')

s = os.stat('f.txt')
print(type(s).__name__, isinstance(s, tuple), len(s))
print(s.st_size, s[6], s[stat.ST_SIZE])
print(stat.S_ISREG(s.st_mode), stat.S_ISDIR(s.st_mode), s.st_nlink)
print(s.st_mode == s[0], s.st_ino == s[1], s.st_dev == s[2])
print(type(s.st_atime).__name__, type(s[7]).__name__, type(s.st_mtime_ns).__name__)
print(int(s.st_mtime) == s[8], s.st_mtime_ns // 10**9 == s[8])
print(s.st_blksize > 0, s.st_blocks >= 0, s.st_rdev)
print(s.st_uid == os.getuid(), s.st_gid == os.getgid())
d = os.stat('d')
print(stat.S_ISDIR(d.st_mode), d.st_nlink)
print(os.stat(b'f.txt').st_size, os.stat('f.txt', follow_symlinks=False).st_size)
print(os.stat('f.txt') == os.stat('f.txt'))

r = os.stat_result(range(10))
print(r)
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blksize)
r = os.stat_result(tuple(range(19)))
print(r.st_atime, r.st_mtime_ns, r.st_rdev, r[9], r)
r = os.stat_result(range(10), {'st_atime': 1.5, 'st_blocks': 7, 'junk': 1})
print(r.st_atime, r.st_blocks, r.st_mtime)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(os.stat_result.__match_args__)

for args in [(), (5,), ((1, 2),), (range(20),), (range(10), 5)]:
    try:
        os.stat_result(*args)
    except TypeError as e:
        print('TypeError', e)
for attr in ['st_mode', 'st_atime', 'other']:
    try:
        setattr(r, attr, 1)
    except AttributeError as e:
        print('AttributeError', e)
print(r[:3], type(r[:3]).__name__, r + (1,) == tuple(range(10)) + (1,))
print(r.__reduce__()[0] is os.stat_result, r.__reduce__()[1][0])

for p in ['missing', 'f.txt/x', '', None, 1.5]:
    try:
        os.stat(p)
    except Exception as e:
        print(type(e).__name__, e)
