import copy
import os


with open('f', 'w') as f:
    f.write('abc')
s = os.stat('f')
c = copy.copy(s)
print(type(c).__name__, c == s, c.st_size, c.st_mtime == s.st_mtime, c.st_blksize == s.st_blksize)
d = copy.deepcopy(os.stat_result(range(19)))
print(d, d.st_rdev, d.st_atime)
p = copy.deepcopy(os.stat_result(range(10, 29)))
print(p, p.st_atime, p.st_ctime_ns)
t = os.terminal_size((80, 25))
print(copy.copy(t), copy.deepcopy(t), t.__reduce__())

match s:
    case os.stat_result(st_size=size):
        print('matched size', size)
match os.terminal_size((1, 2)):
    case os.terminal_size(cols, rows):
        print('matched', cols, rows)

r = os.stat_result(range(10))
a, b, *rest = r
print(a, b, rest)
print(r.count(3), r.index(4), 5 in r, list(reversed(r))[:2], max(r), sorted(r, reverse=True)[:3])
print(hash(r) == hash(tuple(range(10))), r == tuple(range(10)), r != tuple(range(10)))
print({r: 'x'}[tuple(range(10))])
