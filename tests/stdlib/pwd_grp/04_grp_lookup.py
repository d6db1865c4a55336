# Group entries: the current gid's, by gid and by name, and struct_group itself.
import grp
import os

gid = os.getgid()
g = grp.getgrgid(gid)
print(type(g).__name__, type(g).__module__, len(g), isinstance(g, tuple))
print([type(x).__name__ for x in g], all(type(m) is str for m in g.gr_mem))
print(g.gr_gid == gid, g[2] == gid, g.gr_name == g[0], g.gr_passwd == g[1], g.gr_mem == g[3])
print(grp.getgrnam(g.gr_name) == g, grp.getgrgid(gid) == g, grp.getgrgid(gid) is g)
print(grp.getgrgid(id=gid) == g, grp.getgrnam(name=g.gr_name) == g)
name, passwd, number, members = g
print(number == gid, members == g.gr_mem)
r = repr(g)
print(r.startswith('grp.struct_group(gr_name='), r.endswith(')'))
T = grp.struct_group
print(T.__name__, T.__module__, T.n_fields, T.n_sequence_fields, T.n_unnamed_fields, T.__match_args__)
s = T(('staff', 'x', 50, ['ann', 'ben']))
print(s, s.gr_mem, s[3][1], s[-2])
print(T(['wheel', '', 10, []]))
s.gr_mem.append('cy')
print(s)
for bad in [(1, 2, 3), tuple(range(5)), 7]:
    try:
        T(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.gr_gid = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.gr_members
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir(T) if n.startswith('gr_')))
