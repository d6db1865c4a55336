from pathlib import Path, PurePath, PurePosixPath, PosixPath

for args in [(), ('',), ('a',), ('a', 'b'), ('a/b',), ('/a/b',), ('a//b',), ('a/./b',),
             ('a/../b',), ('./a',), ('a/',), ('//a',), ('///a',), ('/', 'a'), ('a', '/b'),
             ('.',), ('..',), ('a', '', 'b'), ('a', '.', 'b')]:
    p = PurePath(*args)
    print(args, repr(p), str(p), p.as_posix())
print(type(PurePath('x')).__name__, type(Path('x')).__name__)
print(repr(Path('a/b')), repr(PosixPath('/x')), repr(PurePosixPath('y')))
print(Path(Path('a'), 'b', PurePath('c')), Path(PurePath('/r'), 'q'))


class P:
    def __fspath__(self):
        return 'from/fspath'


print(Path(P()), Path('x', P()))
for arg in [b'bytes', 1, None, ['a']]:
    try:
        Path(arg)
    except TypeError as e:
        print('TypeError', e)
print(str(Path('a') / 'b'), f"{Path('f')}", '%s' % Path('g'), Path('h').__fspath__())
print(bytes(Path('a/b')), bytes(Path('é')))
print(Path('q', foo=1) if False else 'kwargs ok')
