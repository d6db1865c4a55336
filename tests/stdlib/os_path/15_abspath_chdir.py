# abspath resolves against the current directory at call time: after os.chdir into a
# temporary directory (and into its subfolders) results are shown relative to that base.
import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    base = os.getcwd()
    os.makedirs('proj/src/pkg')
    os.makedirs('proj/data')
    for p in ['', '.', 'x.txt', './x.txt', 'proj/../x', 'a/b/c/', '..', '../..', 'proj//src']:
        a = os.path.abspath(p)
        print(repr(p), os.path.isabs(a), repr(os.path.relpath(a, base)))
    os.chdir('proj/src')
    for p in ['.', 'pkg/mod.py', '../data/file.csv', '../../proj', '../../..']:
        print(repr(p), os.path.relpath(os.path.abspath(p), base))
    print(os.path.relpath(os.getcwd(), base), os.path.basename(os.getcwd()))
    os.chdir(os.path.join(base, 'proj', 'data'))
    a1 = os.path.abspath('f')
    os.chdir('..')
    a2 = os.path.abspath('f')
    print(os.path.relpath(a1, base), os.path.relpath(a2, base), a1 != a2)
    print(os.path.abspath(b'.') == os.fsencode(os.getcwd()))
    print(os.path.abspath(os.path.join(base, 'proj', '.', 'src', '..')) == os.path.join(base, 'proj'))
    os.chdir(start)
print(os.getcwd() == start, os.path.exists(tmp))
for bad in [None, 3, ['x']]:
    try:
        os.path.abspath(bad)
    except TypeError as e:
        print('TypeError', e)
