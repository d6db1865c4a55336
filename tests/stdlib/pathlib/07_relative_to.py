from pathlib import PurePosixPath as P

p = P('/a/b/c')
for other in [('/',), ('/a',), ('/a/b',), ('/a/b/c',), ('/a', 'b'), ('/a/b/',), ('//a',)]:
    try:
        print(other, repr(p.relative_to(*other)), p.is_relative_to(*other))
    except ValueError as e:
        print(other, 'ValueError', e, p.is_relative_to(*other))
q = P('x/y')
for other in [('x',), ('x/y',), ('',), ('/x',), ('y',), ('x/y/z',)]:
    try:
        print(other, repr(q.relative_to(*other)), q.is_relative_to(*other))
    except ValueError as e:
        print(other, 'ValueError', e, q.is_relative_to(*other))
try:
    p.relative_to()
except TypeError as e:
    print('TypeError', e)
print(P('/a/b').relative_to(P('/a')), type(P('/a/b').relative_to('/a')).__name__)
print(repr(P('/').relative_to('/')), repr(P('a').relative_to('a')))
