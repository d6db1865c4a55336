import numbers

abcs = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for t in (int, bool, float, complex, str, bytes, list, object, type(None)):
    print(t.__name__.ljust(10), [issubclass(t, a) for a in abcs])
for a in abcs:
    print(a.__name__.ljust(10), [issubclass(a, b) for b in abcs])
