from pathlib import PurePosixPath as P, PureWindowsPath as W, Path

print(P('a/b') == P('a//b/'), P('a') == P('A'), P('a') == 'a', P('a') != 'a', P('./a') == P('a'))
print(P('a') == Path('a'), Path('a') == P('a'), P('a') == W('a'))
print(hash(P('a/b')) == hash(P('a/b/')), hash(P('x')) == hash(Path('x')))
print(sorted([P('b'), P('a/c'), P('/z'), P('a'), P('a/b'), P('..')]))
print(P('a') < P('b'), P('a') < P('a/b'), P('/a') < P('a'), P('a') <= P('a'), P('b') > P('a'),
      P('b') >= P('c'))
for op in [lambda: P('a') < 'b', lambda: P('a') < W('b'), lambda: P('a') >= 3]:
    try:
        op()
    except TypeError as e:
        print('TypeError', e)
d = {P('x'): 1, Path('y'): 2}
print(d[P('x')], d[P('y')], P('x') in {P('x/.')})
print(len({P('a'), P('a/'), P('./a'), Path('a')}))
print(sorted([Path('b'), P('a')]))
