from fractions import Fraction as F
from statistics import NormalDist


def show(expr, f):
    try:
        r = f()
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
        return
    print(expr, '->', repr(r))


a = NormalDist(10, 3)
b = NormalDist(2, 4)
show('a + b', lambda: a + b)
show('a - b', lambda: a - b)
show('b - a', lambda: b - a)
show('a + 5', lambda: a + 5)
show('5 + a', lambda: 5 + a)
show('a - 5', lambda: a - 5)
show('5 - a', lambda: 5 - a)
show('a * 2', lambda: a * 2)
show('2 * a', lambda: 2 * a)
show('a * -2', lambda: a * -2)
show('a / 4', lambda: a / 4)
show('a / -4', lambda: a / -4)
show('a * F(1, 2)', lambda: a * F(1, 2))
show('a + F(1, 2)', lambda: a + F(1, 2))
show('+a', lambda: +a)
show('-a', lambda: -a)
show('a * b', lambda: a * b)
show('a / b', lambda: a / b)
show('a / 0', lambda: a / 0)
show('4 / a', lambda: 4 / a)
show("a + 'x'", lambda: a + 'x')
show("a * 'x'", lambda: a * 'x')
show('a ** 2', lambda: a ** 2)
show('a + None', lambda: a + None)
show('+a is a', lambda: +a is a)
c = a
c += 1
print(repr(c), repr(a))
c *= 3
print(repr(c))
temperature_feb = NormalDist(5, 2.5)
print(temperature_feb * (9 / 5) + 32)
