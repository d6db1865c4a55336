# The current user's entry: its fields, by name and by index, agree with os and with getpwnam.
import os
import pwd

uid = os.getuid()
p = pwd.getpwuid(uid)
print(type(p).__name__, type(p).__module__, len(p), isinstance(p, tuple))
print([type(x).__name__ for x in p])
print(p.pw_uid == uid, p[2] == uid, p[-5] == uid)
print(p.pw_name == p[0], p.pw_passwd == p[1], p.pw_gid == p[3], p.pw_gecos == p[4],
      p.pw_dir == p[5], p.pw_shell == p[6], p.pw_shell == p[-1])
print(p[2:4] == (p.pw_uid, p.pw_gid), type(p[2:4]).__name__, p[::3] == (p[0], p[3], p[6]))
name, passwd, u, g, gecos, home, shell = p
print(name == p.pw_name, u == uid, home == p.pw_dir)
print(tuple(p) == p, p == tuple(p), hash(p) == hash(tuple(p)), list(p) == list(tuple(p)))
q = pwd.getpwnam(p.pw_name)
print(q == p, q is p, type(q) is type(p))
print(pwd.getpwuid(uid) == p)
print(p.pw_dir.startswith('/'), p.pw_name != '', p.count(uid) >= 1, p.index(p.pw_name))
try:
    p[7]
except IndexError as e:
    print(type(e).__name__, e)
