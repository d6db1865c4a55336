import os

cases = ['', '.', '..', '/', '//', '///', '////', 'a/b', 'a//b', 'a/./b', 'a/../b',
         'a/b/..', 'a/b/../..', 'a/b/../../..', '../a', '../../a/..', '/..', '/../a',
         '/a/../../b', '//a/../b', '///a', 'a/', 'a/.', './a', './', '././.', 'a/b/c/../../d',
         '//..', '.././..', 'x/../../y', '/./././a']
for p in cases:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.normpath(b'a//b/../c'), os.path.normpath(b''), os.path.normpath(b'//x'))


class P:
    def __fspath__(self):
        return 'a/./b/'


print(os.path.normpath(P()))
try:
    os.path.normpath(None)
except TypeError as e:
    print('TypeError', e)
