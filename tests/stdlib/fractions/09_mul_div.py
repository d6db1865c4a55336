from fractions import Fraction as F


def show(r):
    print(type(r).__name__, repr(r))


a, b = F(2, 3), F(9, 4)
show(a * b)
show(a / b)
show(b / a)
show(a * 3)
show(3 * a)
show(a / 3)
show(3 / a)
show(a * 0)
show(0 * a)
show(0 / a)
show(a * -1)
show(-6 / a)
show(a * True)
show(True / a)
show(F(-4, 9) / F(-2, 3))
show(F(-4, 9) / F(2, 3))
show(F(4, 9) / F(-2, 3))
show(F(4, 9) / -2)
show(-2 / F(4, 9))
show(F(10 ** 20, 3) * F(9, 10 ** 19))
p = F(1)
for k in range(1, 15):
    p *= F(k, k + 1)
show(p)
for num, den in [(F(3, 4), F(0)), (F(-3, 4), 0), (F(0), 0), (5, F(0)), (-5, F(0)), (0, F(0)),
                 (F(7, 3), F(0, 5)), (F(3, 4), False)]:
    try:
        num / den
    except ZeroDivisionError as e:
        print(repr(num), repr(den), 'ZeroDivisionError', e)
