# struct_passwd is a struct sequence: a 7-tuple with read-only named fields.
import copy
import os
import pwd

T = pwd.struct_passwd
print(T.__name__, T.__module__, T.__qualname__, issubclass(T, tuple))
print(T.n_fields, T.n_sequence_fields, T.n_unnamed_fields)
print(T.__match_args__)
a = T(('alice', 'x', 1000, 1001, 'Alice Liddell,,,', '/home/alice', '/bin/sh'))
print(a)
print(repr(a) == str(a), a.pw_gecos, a.pw_uid + a.pw_gid)
print(T(['bob', '*', 1, 2, '', '/', '/bin/false']))
print(T('abcdefg'))
print(a == ('alice', 'x', 1000, 1001, 'Alice Liddell,,,', '/home/alice', '/bin/sh'))
print(a < T(('bob', 'x', 0, 0, '', '', '')), a + (1,), a * 0, a[1:3])
mine = pwd.getpwuid(os.getuid())
r = repr(mine)
print(r.startswith('pwd.struct_passwd(pw_name='), r.endswith(')'))
print(r == 'pwd.struct_passwd(%s)' % ', '.join('%s=%r' % (f, getattr(mine, f)) for f in T.__match_args__))
for bad in [(1, 2), tuple(range(8)), (), 5]:
    try:
        T(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for attr in ['pw_name', 'pw_uid', 'other']:
    try:
        setattr(a, attr, 0)
    except AttributeError as e:
        print(type(e).__name__, e)
    try:
        delattr(a, attr)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    a.pw_home
except AttributeError as e:
    print(type(e).__name__, e)
c = copy.copy(a)
print(c == a, type(c).__name__, copy.deepcopy(a) == a)
red = a.__reduce__()
print(red[0] is T, red[1])
match a:
    case T(name, _, uid, gid):
        print('matched', name, uid, gid)
match a:
    case T(pw_shell=shell, pw_dir=home):
        print('by keyword', shell, home)
print(sorted(n for n in dir(T) if n.startswith('pw_')))
