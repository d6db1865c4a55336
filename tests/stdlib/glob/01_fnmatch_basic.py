import fnmatch

cases = [('a.py', '*.py'), ('a.py', '*.PY'), ('.hidden', '*'), ('a/b.py', '*.py'),
         ('a/b.py', 'a*'), ('abc', 'a?c'), ('ac', 'a?c'), ('abc', '*'), ('', '*'), ('', ''),
         ('a', ''), ('abc', 'abc'), ('ABC', 'abc'), ('a\nb', 'a?b'), ('a\nb', 'a*'),
         ('x.tar.gz', '*.gz'), ('x.tar.gz', '*.tar'), ('a*b', 'a*b'), ('aXXb', 'a*b'),
         ('foo.pyc', '*.py'), ('**', '**'), ('a.b.c', '*.*.*'), ('ab', '*a*b*')]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.fnmatch(b'a.py', b'*.py'), fnmatch.fnmatchcase(b'A', b'a'))
