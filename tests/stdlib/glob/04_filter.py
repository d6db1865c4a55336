import fnmatch

names = ['a.py', 'b.txt', 'C.PY', '.x.py', 'dir/d.py', 'e.py.bak']
print(fnmatch.filter(names, '*.py'))
print(fnmatch.filter(names, '*.[pP][yY]'))
print(fnmatch.filter(names, '*'))
print(fnmatch.filter([], '*'), fnmatch.filter(iter(names), '?.*'))
print(fnmatch.filter([b'a.py', b'b.c'], b'*.py'))
print(fnmatch.filter(('x', 'y'), 'x'))
for args in [(names, None), ([1], '*'), (['a'], b'a'), ([b'a'], 'a'), (5, '*')]:
    try:
        print(fnmatch.filter(*args))
    except TypeError as e:
        print('TypeError', e)
for args in [(1, 'a'), ('a', 1), ('a', None), (b'a', 'a'), ('a', ['x'])]:
    for f in (fnmatch.fnmatch, fnmatch.fnmatchcase):
        try:
            print(f(*args))
        except TypeError as e:
            print(f.__name__, 'TypeError', e)
print(fnmatch.__all__)
