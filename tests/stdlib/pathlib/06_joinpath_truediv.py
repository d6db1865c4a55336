from pathlib import PurePosixPath as P, Path, PureWindowsPath

p = P('a')
print(p / 'b', p / 'b' / 'c', p / '/abs', p / '', p / '.', p / '..', 'x' / p, '/r' / p)
print(p.joinpath(), p.joinpath('b', 'c'), p.joinpath('b', '/c', 'd'), p.joinpath(P('q')))
print(P('/') / 'etc', P('') / 'x', P('.') / 'y', P('//h') / 'i')
print(type(Path('a') / 'b').__name__, type('s' / Path('t')).__name__)
print(type(P('a') / Path('b')).__name__, type(Path('a') / P('b')).__name__)


class F:
    def __fspath__(self):
        return 'fs'


print(p / F(), F() / p)
for op in [lambda: p / 1, lambda: 1 / p, lambda: p / None, lambda: p / b'x', lambda: b'x' / p,
           lambda: p.joinpath(3)]:
    try:
        op()
    except TypeError as e:
        print('TypeError', e)
print(P('a') / PureWindowsPath('b'))
