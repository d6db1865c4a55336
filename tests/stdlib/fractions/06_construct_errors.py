from fractions import Fraction

for arg in [None, [1, 2], (1, 2), b'1/2', bytearray(b'1'), 1j, complex(1, 0), {}, object]:
    try:
        Fraction(arg)
    except TypeError as e:
        print(type(arg).__name__, 'TypeError', e)
for args in [(1, 0), (-1, 0), (0, 0), (10 ** 30, 0), (True, False)]:
    try:
        Fraction(*args)
    except ZeroDivisionError as e:
        print(args, 'ZeroDivisionError', e)
try:
    Fraction(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    Fraction(1, 2, base=3)
except TypeError as e:
    print('TypeError', e)
try:
    Fraction(num=3)
except TypeError as e:
    print('TypeError', e)
Fraction(1, 0)
