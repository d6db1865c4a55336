from fractions import Fraction as F


def show(expr, f):
    try:
        r = f()
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
        return
    print(expr, '->', type(r).__name__, repr(r))


a = F(1, 3)
for b in [0.5, -2.0, 0.1, 1e300, float('inf'), float('nan')]:
    show('a + %r' % b, lambda: a + b)
    show('%r + a' % b, lambda: b + a)
    show('a - %r' % b, lambda: a - b)
    show('%r - a' % b, lambda: b - a)
    show('a * %r' % b, lambda: a * b)
    show('%r * a' % b, lambda: b * a)
    show('a / %r' % b, lambda: a / b)
    show('%r / a' % b, lambda: b / a)
show('a / 0.0', lambda: a / 0.0)
show('1.5 / F(0)', lambda: 1.5 / F(0))
show('F(10**400) + 1.0', lambda: F(10 ** 400) + 1.0)
show('float(F(10**400))', lambda: float(F(10 ** 400)))
show('float(F(1, 10**400))', lambda: float(F(1, 10 ** 400)))
show('float(F(-1, 3))', lambda: float(F(-1, 3)))
show('float(F(2**1000+1, 2**999))', lambda: float(F(2 ** 1000 + 1, 2 ** 999)))
x = 2.5
x += F(1, 2)
print(type(x).__name__, x)
