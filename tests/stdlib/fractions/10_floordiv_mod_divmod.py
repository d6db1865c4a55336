from fractions import Fraction as F


def show(expr, f):
    try:
        r = f()
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
        return
    print(expr, '->', type(r).__name__, repr(r))


cases = [(F(7, 2), F(1, 3)), (F(-7, 2), F(1, 3)), (F(7, 2), F(-1, 3)), (F(-7, 2), F(-1, 3)),
         (F(7, 2), 2), (7, F(2, 3)), (-7, F(2, 3)), (F(1, 5), 1), (F(9, 4), F(9, 4)),
         (F(0), F(5, 7)), (F(5, 7), F(0)), (F(5, 7), 0), (3, F(0))]
for x, y in cases:
    show('%r // %r' % (x, y), lambda: x // y)
    show('%r %% %r' % (x, y), lambda: x % y)
    show('divmod(%r, %r)' % (x, y), lambda: divmod(x, y))
for x, y in [(F(7, 2), 1.5), (7.5, F(1, 3)), (F(-7, 2), 0.25), (F(1, 3), 0.0), (2.0, F(0))]:
    show('%r // %r' % (x, y), lambda: x // y)
    show('%r %% %r' % (x, y), lambda: x % y)
    show('divmod(%r, %r)' % (x, y), lambda: divmod(x, y))
q = F(17, 3)
q //= 2
print(repr(q))
q = F(17, 3)
q %= F(1, 2)
print(repr(q))
