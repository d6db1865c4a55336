import numbers

values = [0, -7, 2 ** 100, True, False, 1.5, float('inf'), float('nan'), 2j, 1 + 0j, complex(3, 4)]
abcs = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for v in values:
    print(repr(v).ljust(32), [isinstance(v, a) for a in abcs])
