import os

with open('file.txt', 'w') as f:
    f.write('content')
os.mkdir('dir')
os.symlink('file.txt', 'flink')
os.symlink('dir', 'dlink')
os.symlink('missing', 'broken')

names = ['file.txt', 'dir', 'flink', 'dlink', 'broken', 'missing', '', '.', '..', 'file.txt/',
         'dir/', 'file.txt/x', b'file.txt', b'dir', 'a\0b', b'a\0b', '/', '/dev/null']
for n in names:
    print(repr(n), os.path.exists(n), os.path.isfile(n), os.path.isdir(n),
          os.path.islink(n), os.path.lexists(n))


class P:
    def __fspath__(self):
        return 'dir'


print(os.path.exists(P()), os.path.isdir(P()), os.path.isfile(P()))
for f in (os.path.exists, os.path.isfile, os.path.isdir, os.path.lexists):
    try:
        f(None)
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
for arg in [None, 3.5]:
    try:
        print(os.path.islink(arg))
    except TypeError as e:
        print('islink TypeError', e)
