from pathlib import PurePosixPath as P, Path

for s in ['a/b/c', '/a/b/c', 'a', '/', '.', '', '//x/y', '../a']:
    p = P(s)
    print(repr(s), repr(p.parent), list(p.parents), len(p.parents))
ps = P('/a/b/c/d').parents
print(ps, ps[0], ps[-1], ps[1:3], ps[::2], ps[-2:])
print(P('/a') in P('/a/b').parents, P('a') in P('a/b/c').parents)
for i in [4, -5, 10]:
    try:
        ps[i]
    except IndexError as e:
        print('IndexError', e)
print(Path('x/y').parents, type(Path('x/y').parent).__name__)
print(list(reversed(P('a/b/c').parents)))
print(P('a/b/c').parents.index(P('a')), P('a/b/c').parents.count(P('a/b')))
try:
    ps['x']
except TypeError as e:
    print('TypeError')
