# statvfs_result's attribute-only f_fsid; statvfs of a file descriptor, fstatvfs, and the
# message for a path of the wrong type (a path may be an int: a descriptor).
import os

s = os.statvfs('.')
T = type(s)
print(T.n_fields, T.n_sequence_fields, T.n_unnamed_fields, len(s))
print(type(s.f_fsid).__name__, s.f_fsid >= 0, 'f_fsid' in dir(s))
for n in [3, 12]:
    try:
        T(range(n))
    except TypeError as e:
        print(type(e).__name__, e)
print(T(range(11)).f_fsid, T(range(10)).f_fsid, T(range(10), {'f_fsid': 7}).f_fsid)
fd = os.open('.', os.O_RDONLY)
print(os.statvfs(fd).f_bsize == s.f_bsize, os.fstatvfs(fd).f_namemax == s.f_namemax)
os.close(fd)
for bad in [None, 1.5, 999]:
    try:
        os.statvfs(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
