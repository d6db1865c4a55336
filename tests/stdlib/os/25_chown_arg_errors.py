# os.chown converts uid and gid as CPython's uid_t/gid_t converters do.
import os

with open('f.txt', 'w') as f:
    f.write('x')
for uid, gid in [('0', -1), (1.5, -1), (None, -1), (-1, None), (-1, '0'), (-2, -1),
                 (-1, -2), (2 ** 32, -1), (-1, 2 ** 40), (2 ** 64, -1)]:
    try:
        os.chown('f.txt', uid, gid)
        print('changed', uid, gid)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for args in [('f.txt',), ('f.txt', -1), ()]:
    try:
        os.chown(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for path in [None, 1.5, ['f.txt']]:
    try:
        os.chown(path, -1, -1)
    except TypeError as e:
        print(type(e).__name__, e)
