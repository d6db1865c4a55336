import os

cases = ['', '/', '//', '///', 'a', 'a/', 'a/b', 'a/b/', '/a', '/a/b', '//a/b', 'a//b',
         'a///b//', '.', '..', '../x', 'x/./y', '/usr/lib/python3.11/os.py', 'ü/é']
for p in cases:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
print(os.path.split(b'/a/b'), os.path.basename(b'x/y'), os.path.dirname(b'x/y'))
print(os.path.splitdrive('/a/b'), os.path.splitdrive(b'c:/x'))


class P:
    def __fspath__(self):
        return 'p/q'


print(os.path.split(P()), os.path.basename(P()), os.path.dirname(P()))
for f in (os.path.split, os.path.basename, os.path.dirname, os.path.splitdrive):
    try:
        f(None)
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
