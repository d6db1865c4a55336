import os

cwd = os.path.realpath(os.getcwd())
os.makedirs('a/b')
with open('a/b/f', 'w') as f:
    f.write('x')
os.symlink('a/b', 'lb')
os.symlink('lb/f', 'lf')
os.symlink('../..', 'a/b/up')
os.symlink('missing', 'broken')
os.symlink('loop2', 'loop1')
os.symlink('loop1', 'loop2')
os.symlink('self', 'self')


def rel(p):
    return os.path.relpath(p, cwd)


for p in ['.', 'a', 'lb', 'lf', 'lb/f', 'a/b/up', 'a/b/up/lb', 'broken', 'loop1', 'self',
          'lb/..', 'a/../lb', 'missing/x', 'lb/./f', 'lf/..']:
    print(repr(p), rel(os.path.realpath(p)))
print(rel(os.fsdecode(os.path.realpath(b'lb'))))
for p in ['lf', 'a/b/up']:
    print(p, rel(os.path.realpath(p, strict=True)))
for p in ['broken', 'loop1', 'missing']:
    try:
        os.path.realpath(p, strict=True)
    except OSError as e:
        print(p, type(e).__name__, e.errno)
print(os.path.realpath('/'), os.path.realpath('//'), os.path.realpath('/..'))
print(os.path.samefile('lf', 'a/b/f'), os.path.samefile('a', 'lb'), os.path.samefile('lb', 'a/b'))
