import os

cwd = os.getcwd()
os.makedirs('x/y')
for p in ['', '.', 'a', 'a/b/../c', '..', '/abs/path', '/abs/../x', 'x/y/']:
    a = os.path.abspath(p)
    print(repr(p), os.path.isabs(a), a == os.path.normpath(os.path.join(cwd, p)))
print(os.path.abspath('/a/./b/../c'), os.path.abspath(b'/q//r'))
print(os.path.abspath(b'rel') == os.fsencode(os.path.join(cwd, 'rel')))

rel = os.path.relpath
for args in [('a/b',), ('a/b', 'a'), ('a', 'a/b'), ('a', 'a'), ('/x/y', '/x/z'),
             ('/x', '/'), ('/', '/x/y'), ('x/y', 'x/y/z/w'), ('../q', '.'),
             ('/a/b/c', '/a/d/e'), ('x/y', None), (b'a/b', b'a'), ('a/b/', 'a//')]:
    print(args, repr(rel(*args)))
print(rel(os.path.join(cwd, 'x', 'y')), rel(cwd), rel('.', 'x/y'))
for args in [('',), (b'',), ('a', b'b'), (b'a', 'b'), (None,), ('a', 1)]:
    try:
        rel(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
