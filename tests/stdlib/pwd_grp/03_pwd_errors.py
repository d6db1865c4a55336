# Missing entries raise KeyError; wrong argument types and counts raise TypeError.
import pwd


def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(f.__name__, 'found')
    except (KeyError, TypeError, ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)


for uid in [2**31 - 7, 2**31, 2**32 - 2, 2**32 - 1, -1, -2, 2**32, 2**40, 2**63, 2**64, -2**63 - 1]:
    attempt(pwd.getpwuid, uid)
for name in ['no_such_user_xyz', '', ' ', 'x' * 40, 'no such user', 'a\0b']:
    attempt(pwd.getpwnam, name)
for bad in [1.0, '0', b'0', None, [0], 1j]:
    attempt(pwd.getpwuid, bad)
for bad in [None, 0, b'root', bytearray(b'root'), ['root'], 1.5]:
    attempt(pwd.getpwnam, bad)
attempt(pwd.getpwuid)
attempt(pwd.getpwuid, 0, 1)
attempt(pwd.getpwuid, uid=0)
attempt(pwd.getpwnam)
attempt(pwd.getpwnam, 'root', 'root')
attempt(pwd.getpwnam, name='root')
try:
    pwd.getpwnam('no_such_user_xyz')
except LookupError as e:
    print(type(e).__name__, e.args, repr(e))
