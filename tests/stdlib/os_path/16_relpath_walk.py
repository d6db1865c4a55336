# relpath in the directory-walking pattern: paths of files found under a root, relative to
# that root and to each other; start defaults to the current directory.
import os

for p in ['root/a/x.txt', 'root/a/b/y.txt', 'root/c/z.txt', 'root/top.txt']:
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f:
        f.write(p)
found = []
for dirpath, dirnames, filenames in os.walk('root'):
    dirnames.sort()
    for name in sorted(filenames):
        found.append(os.path.relpath(os.path.join(dirpath, name), 'root'))
print(found)
print([os.path.relpath(os.path.join('root', f), 'root/a') for f in found])
print([os.path.relpath('root/top.txt', os.path.dirname(os.path.join('root', f))) for f in found])
pairs = [('root/a/b', 'root/c'), ('root', 'root/a/b'), ('root/a/b/', 'root/a/b'),
         ('root/./a', 'root/a/../a'), ('root/a', 'ROOT/a'), ('a b/c', 'a b'),
         ('/', '/'), ('/usr/share', '/usr/share/doc/x'), ('/usr/lib', '/var/log')]
for target, start in pairs:
    print(repr(target), repr(start), repr(os.path.relpath(target, start)))
print(os.path.relpath('root/a') == os.path.relpath('root/a', os.curdir))
print(os.path.relpath(os.path.abspath('root/c/z.txt')), os.path.relpath('root', os.path.abspath('root/a')))
print(os.path.normpath(os.path.join('root/a/b', os.path.relpath('root/c/z.txt', 'root/a/b'))))
for args in [('', 'a'), ('a', ''), (b'a', b''), ('a', 'b', 'c')]:
    try:
        print(args, os.path.relpath(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
import shutil
shutil.rmtree('root')
print(os.listdir('.'))
