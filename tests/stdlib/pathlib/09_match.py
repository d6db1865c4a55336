from pathlib import PurePosixPath as P

cases = [('a/b.py', '*.py'), ('a/b.py', 'b.py'), ('a/b.py', 'a/*.py'), ('/a/b.py', '/*.py'),
         ('/a/b.py', '/a/*.py'), ('a/b/c.py', 'b/*.py'), ('a/b/c.py', 'a/*.py'), ('a.py', '*.PY'),
         ('a/b', '**/b'), ('a/b', '*/b'), ('b', 'a/b'), ('/a', 'a'), ('a', '/a'), ('a.txt', '?.txt'),
         ('ab.txt', '?.txt'), ('x/y', 'x/y'), ('x/y', 'x/y/'), ('abc', '[ab]bc'), ('.hid', '*'),
         ('', '*'), ('a/b', '*'), ('dir/file.tar.gz', '*.gz'), ('dir/file.tar.gz', '*.tar.*')]
for path, pat in cases:
    print(path, pat, P(path).match(pat))
try:
    P('a').match('')
except ValueError as e:
    print('ValueError', e)
