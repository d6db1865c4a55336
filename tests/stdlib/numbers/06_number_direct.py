import numbers

n = numbers.Number()
print(type(n).__name__, isinstance(n, numbers.Number), isinstance(n, numbers.Complex))
print(numbers.Number.__hash__)
try:
    hash(n)
except TypeError as e:
    print(type(e).__name__, e)
try:
    n.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(numbers.Number.__slots__, numbers.Complex.__slots__, numbers.Integral.__slots__)
for cls in (numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    try:
        cls()
    except TypeError as e:
        print(str(e)[:60])
