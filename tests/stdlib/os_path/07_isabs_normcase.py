import os

for p in ['', '/', 'a', '/a', '//a', './a', '~', b'/x', b'x']:
    print(repr(p), os.path.isabs(p), repr(os.path.normcase(p)))


class P:
    def __fspath__(self):
        return '/p'


print(os.path.isabs(P()), os.path.normcase(P()))
for f in (os.path.isabs, os.path.normcase):
    try:
        f(1)
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
print(os.path.sep, os.path.altsep, os.path.extsep, os.path.pathsep, os.path.curdir,
      os.path.pardir, os.path.defpath, os.path.devnull)
print(os.path.supports_unicode_filenames)
print(sorted(os.path.__all__))
