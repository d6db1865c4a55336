from fractions import Fraction as F
from statistics import quantiles

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99,
        91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121,
        111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print([round(q, 1) for q in quantiles(data, n=10)])
print(quantiles(data, n=10))
print(quantiles(data))
print(quantiles(data, n=1))
print(quantiles(data, n=2))
print(quantiles([1, 2]))
print(quantiles([1, 2], n=3))
print(quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
print(quantiles([1.5, 2.5, 3.5, 10.0], n=5))
print(quantiles([F(1, 2), F(1, 3), F(1, 4)], n=4))
print(quantiles([3, 1, 2], n=6))
print(quantiles(range(100), n=100)[:5], len(quantiles(range(100), n=100)))
print(quantiles(iter([5, 1, 4, 2]), n=3))
print([type(q).__name__ for q in quantiles([1, 2, 3, 4], n=4)])
print(quantiles([1, 1, 1, 1], n=4))
print(quantiles([2, 4], n=8))
