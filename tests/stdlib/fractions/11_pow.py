from fractions import Fraction as F


def show(expr, f):
    try:
        r = f()
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
        return
    print(expr, '->', type(r).__name__, repr(r))


for base in [F(2, 3), F(-2, 3), F(0), F(1), F(-1), F(5)]:
    for e in [0, 1, 2, 3, -1, -2, -3, F(2), F(-2), F(1, 2), F(-1, 2), 0.5, 2.0, True]:
        show('%r ** %r' % (base, e), lambda: base ** e)
for base in [2, -2, 0, 4, 2.0, -8.0, 1j, 3 + 0j]:
    for e in [F(3), F(0), F(-2), F(1, 2), F(1, 3), F(-3, 2)]:
        show('%r ** %r' % (base, e), lambda: base ** e)
show('F(2,3) ** 1j', lambda: F(2, 3) ** 1j)
show("F(2,3) ** 'x'", lambda: F(2, 3) ** 'x')
show("'x' ** F(2)", lambda: 'x' ** F(2))
show('F(4) ** F(1, 2)', lambda: F(4) ** F(1, 2))
show('F(1, 10) ** 30', lambda: F(1, 10) ** 30)
show('F(-3, 2) ** 7', lambda: F(-3, 2) ** 7)
show('F(-3, 2) ** -7', lambda: F(-3, 2) ** -7)
show('pow(F(3, 2), 2)', lambda: pow(F(3, 2), 2))
x = F(3, 2)
x **= 3
print(repr(x))
