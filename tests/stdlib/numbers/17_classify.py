import numbers


def classify(x):
    if isinstance(x, numbers.Integral):
        return 'integral'
    if isinstance(x, numbers.Rational):
        return 'rational'
    if isinstance(x, numbers.Real):
        return 'real'
    if isinstance(x, numbers.Complex):
        return 'complex'
    if isinstance(x, numbers.Number):
        return 'number'
    return 'not a number'


for v in (3, True, 2.0, -0.0, 1j, complex(1, 0), '3', None, [1], numbers.Number()):
    print(type(v).__name__, classify(v))


def total(*args):
    if not all(isinstance(a, numbers.Real) for a in args):
        raise TypeError('all arguments must be real numbers')
    return sum(args)


print(total(1, 2.5, True))
try:
    total(1, 2j)
except TypeError as e:
    print(e)
