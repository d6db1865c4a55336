# grp's errors: KeyError for a missing entry, OverflowError for a gid out of range, TypeError
# for the wrong type or count of arguments.
import grp


def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(f.__name__, 'found')
    except (KeyError, TypeError, ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)


for gid in [2**31 - 7, 2**31, 2**32 - 2, 2**32 - 1, -1, -2, 2**32, 2**40, 2**63 - 1, 2**63, 2**64, -2**63 - 1]:
    attempt(grp.getgrgid, gid)
for name in ['no_such_group_xyz', '', 'two words', 'a\0b']:
    attempt(grp.getgrnam, name)
for bad in [1.0, '0', b'0', None, (0,)]:
    attempt(grp.getgrgid, bad)
for bad in [None, 0, b'root', bytearray(b'x'), ('root',)]:
    attempt(grp.getgrnam, bad)
attempt(grp.getgrgid)
attempt(grp.getgrgid, 0, 1)
attempt(grp.getgrgid, 0, id=1)
attempt(grp.getgrgid, gid=0)
attempt(grp.getgrgid, id=0, gid=0)
attempt(grp.getgrnam)
attempt(grp.getgrnam, 'a', 'b')
attempt(grp.getgrnam, nam='root')
attempt(grp.getgrnam, name=None)
attempt(grp.getgrnam, name='no_such_group_xyz')
