from fractions import Fraction as F


def show(expr, f):
    try:
        r = f()
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
        return
    print(expr, '->', type(r).__name__, repr(r))


for f in [F(1, 2), F(3, 2), F(5, 2), F(-1, 2), F(-3, 2), F(-5, 2), F(7, 3), F(-7, 3), F(8, 3),
          F(-8, 3), F(0), F(10 ** 20 + 1, 2), F(99, 100)]:
    show('round(%r)' % f, lambda: round(f))
for nd in [0, 1, 2, 3, -1, -2, None]:
    show('round(F(12345, 1000), %r)' % nd, lambda: round(F(12345, 1000), nd))
    show('round(F(-12355, 1000), %r)' % nd, lambda: round(F(-12355, 1000), nd))
    show('round(F(125, 1), %r)' % nd, lambda: round(F(125, 1), nd))
show('round(F(1, 3), 5)', lambda: round(F(1, 3), 5))
show('round(F(2, 3), -1)', lambda: round(F(2, 3), -1))
show('round(F(25), -1)', lambda: round(F(25), -1))
show('round(F(35), -1)', lambda: round(F(35), -1))
show("round(F(1, 3), '2')", lambda: round(F(1, 3), '2'))
show('round(F(1, 3), 1.5)', lambda: round(F(1, 3), 1.5))
show('F(7, 2).__round__()', lambda: F(7, 2).__round__())
