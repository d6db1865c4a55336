from fractions import Fraction

for s in ['', ' ', 'x', 'inf', '-inf', 'nan', 'Infinity', '1/', '/2', '1/2/3', '1.5/2',
          '1/2.5', '1 /2', '1/ 2', '- 1', '+-1', '--1', '1e', '1e+', '1.5e', 'e5', '.',
          '.e1', '1..2', '1_', '_1', '1__0', '1._5', '1/-2', '1/+2', '0x10', '1j', '½',
          '1.d', '1.D', '2.dd', '1.de3', '1.dd5', '3/0', '-3/0', '0/0', '0/00', '1e5/2',
          '1,5', '1 000']:
    try:
        f = Fraction(s)
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), '->', type(e).__name__, e)
    else:
        print(repr(s), '->', repr(f))
