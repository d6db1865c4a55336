import os

join = os.path.join
cases = [
    ('a',), ('a', 'b'), ('a/', 'b'), ('a', '/b'), ('/a', 'b', '/c', 'd'),
    ('a', ''), ('', 'a'), ('', ''), ('a', '', 'b'), ('a//', 'b'), ('/', 'x'),
    ('a', 'b/', 'c'), ('.', '..', 'x'), ('a', 'b', ''), ('//a', 'b'),
]
for c in cases:
    print(c, repr(join(*c)))
print(join(b'a', b'b'), join(b'/x', b'/y'), join(b'', b'z'))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(join(P('dir'), 'f'), join('dir', P('g')), join(P(b'b'), b'c'))
for args in [('a', b'b'), (b'a', 'b'), ('a', 1), (1, 'a'), (None,), ('a', None),
             ('a', P(2)), ('a', [])]:
    try:
        join(*args)
    except TypeError as e:
        print([a if isinstance(a, (str, bytes, int, type(None), list)) else type(a).__name__
               for a in args], 'TypeError', e)
try:
    join()
except TypeError as e:
    print('TypeError', e)
