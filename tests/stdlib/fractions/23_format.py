from fractions import Fraction as F

f = F(7, 3)
print(format(f), format(f, ''), '{}'.format(f), '{!r}'.format(f), '{!s:>8}|'.format(f))
print('%s %r' % (f, f))
for spec in ['.2f', '>10', '<5', 'g', 'e', '%', 'd', ',', 'x']:
    try:
        print(spec, repr(format(f, spec)))
    except TypeError as e:
        print(spec, 'TypeError', e)
try:
    print(f'{f:.3f}')
except TypeError as e:
    print('TypeError', e)
print(f'{f!s:^9}|', f'{float(f):.3f}')
print(hasattr(F, '__format__'), F.__format__ is object.__format__)
