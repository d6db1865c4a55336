# Entries that every Linux system has (root: uid 0, gid 0), and ids given as bool or __index__.
import grp
import pwd

r = pwd.getpwnam('root')
print(r.pw_name, r.pw_uid, r.pw_gid, r.pw_dir)
print(pwd.getpwuid(0) == r, pwd.getpwuid(False) == r)
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, grp.getgrnam('root') == g, grp.getgrgid(False) == g)


class Id:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Broken:
    def __index__(self):
        raise RuntimeError('no index')


class NotInt:
    def __index__(self):
        return 'zero'


print(pwd.getpwuid(Id(0)) == r, grp.getgrgid(Id(0)) == g)
for f in (pwd.getpwuid, grp.getgrgid):
    for arg in [Id(2**31 - 7), Id(-3), Broken(), NotInt()]:
        try:
            f(arg)
        except Exception as e:
            print(f.__name__, type(arg).__name__, type(e).__name__, e)
print(pwd.getpwuid(True) == pwd.getpwuid(1))
