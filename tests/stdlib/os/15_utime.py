import os

with open('f', 'w') as f:
    f.write('x')
os.utime('f', (1000000000, 1200000000))
s = os.stat('f')
print(s.st_atime, s.st_mtime, s[7], s[8], s.st_atime_ns, s.st_mtime_ns)
os.utime('f', (1500000000.5, 1600000000.25))
s = os.stat('f')
print(s.st_atime, s.st_mtime, s[7], s[8])
os.utime('f', ns=(1000000001000000000, 1000000002000000000))
s = os.stat('f')
print(s.st_atime_ns, s.st_mtime_ns)
print(os.path.getmtime('f'), os.path.getatime('f'))
os.utime(b'f', times=(5, 6))
print(os.stat('f').st_mtime)
os.utime('f')
print(os.stat('f').st_mtime > 1000000000)
os.utime('f', None)
for args, kw in [(('f', (1, 2)), {'ns': (1, 2)}), (('f', 5), {}), (('f', (1,)), {}),
                 (('f', [1, 2]), {}), (('f',), {'ns': 5}), (('f',), {'ns': (1.5, 2)}),
                 (('f', ('a', 2)), {}), (('missing', (1, 2)), {})]:
    try:
        os.utime(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
