import os

cp = os.path.commonpath
for paths in [['/a/b/c', '/a/b/d'], ['a/b', 'a/c'], ['a', 'a'], ['/a', '/b'], ['a', 'b'],
              ['/a/b/', '/a/b'], ['a/./b', 'a/b/c'], ['/'], ['/usr/lib', '/usr/local/lib'],
              ['x//y', 'x/y/z'], ('p/q', 'p/q/r'), [b'/a/b', b'/a/c'], ['spam', 'spam/eggs'],
              ['', 'a'], ['.', 'a']]:
    print(paths, repr(cp(paths)))
for paths in [[], ['/a', 'b'], ['a', b'b'], [1, 2], ['a', None], ()]:
    try:
        cp(paths)
    except (TypeError, ValueError) as e:
        print(paths, type(e).__name__, e)
print(cp(iter(['a/b', 'a/c'])))

pre = os.path.commonprefix
for m in [[], ['abc'], ['abcd', 'abce'], ['/usr/lib', '/usr/local'], ['a', 'b'],
          ['same', 'same'], [b'xyz', b'xya'], [['a', 'b', 'c'], ['a', 'b', 'd']],
          [('x', 'y'), ('x', 'z')], ['', 'abc'], ('tuple1', 'tuple2')]:
    print(m, repr(pre(m)))
try:
    pre(['a', 1])
except TypeError as e:
    print('TypeError', e)
