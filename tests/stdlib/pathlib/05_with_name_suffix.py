from pathlib import PurePosixPath as P

p = P('dir/file.tar.gz')
print(p.with_name('other.txt'), p.with_suffix('.zip'), p.with_suffix(''), p.with_stem('new'))
print(P('a').with_suffix('.txt'), P('a.b').with_suffix('.c.d'), P('/x/.hid').with_suffix('.s'))
print(P('x.py').with_stem('y'), P('.cfg').with_stem('a'), P('a/b').with_name('c.d'))
for s, name in [('a', ''), ('a', 'x/y'), ('a', '/'), ('', 'x'), ('/', 'x'), ('a', '.'),
                ('a', '..'), ('a', 'x/'), ('.', 'y')]:
    try:
        print(P(s).with_name(name))
    except ValueError as e:
        print('with_name', repr(s), repr(name), 'ValueError', e)
for s, suf in [('a', 'txt'), ('a', '.'), ('a', './'), ('a', '.a/b'), ('', '.x'), ('/', '.y'),
               ('a', '..'), ('a.b', '.c.')]:
    try:
        print(P(s).with_suffix(suf))
    except ValueError as e:
        print('with_suffix', repr(s), repr(suf), 'ValueError', e)
for s, stem in [('a.txt', ''), ('', 'x'), ('a.txt', 'b/c')]:
    try:
        print(P(s).with_stem(stem))
    except ValueError as e:
        print('with_stem', repr(s), repr(stem), 'ValueError', e)
try:
    P('a').with_suffix(None)
except TypeError as e:
    print('TypeError', e)
