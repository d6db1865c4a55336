import numbers

things = ['1', b'1', [1], (1,), {1: 2}, {1}, None, object(), range(3), len, numbers]
for t in things:
    print(type(t).__name__, isinstance(t, numbers.Number), isinstance(t, numbers.Integral))
try:
    issubclass(1, numbers.Number)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, numbers)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, (str, numbers.Real)), isinstance('x', (str, numbers.Real)))
print(isinstance(2.5, numbers.Rational), isinstance(2j, numbers.Real))
