# Identities that hold between the path functions, checked over many paths: split and join,
# splitext, dirname/basename, normpath idempotence, and join with an absolute component.
import os

paths = ['', '.', '..', '/', 'a', 'a/', '/a', 'a/b', 'a/b/', '/a/b/c.txt', 'a//b', './a',
         '../a/b', 'a/./b/../c', '.hidden', 'dir/.hidden', 'x.tar.gz', 'dir.d/', '//srv/x',
         'a b/c d.e']
for p in paths:
    head, tail = os.path.split(p)
    root, ext = os.path.splitext(p)
    n = os.path.normpath(p)
    print(repr(p).ljust(14),
          os.path.join(head, tail) == p or repr(os.path.join(head, tail)),
          root + ext == p,
          os.path.dirname(p) == head, os.path.basename(p) == tail,
          os.path.normpath(n) == n,
          repr(n))
print(os.path.join('a', '/b', 'c'), os.path.join('/x', '/', 'y'), os.path.join('a', ''))
print([os.path.join(*p.split('/')) for p in ['a/b/c', '/a/b']])
print(['/'.join(p.split(os.sep)) == p for p in paths[:5]])
parts = []
p = 'usr/local/lib/python3.11'
while p:
    p, t = os.path.split(p)
    parts.append(t)
print(parts[::-1])
print(os.path.splitext('archive.tar.gz')[0].rsplit('.', 1), os.path.splitext(os.path.basename('/d/f.py'))[0])
