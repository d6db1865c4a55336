from fractions import Fraction as F
from statistics import quantiles

print(quantiles([1, 2, 3, 4, 5], method='inclusive'))
print(quantiles([1, 2, 3, 4, 5], n=10, method='inclusive'))
print(quantiles([1, 2], method='inclusive'))
print(quantiles([10, 20, 30, 40], n=3, method='inclusive'))
print(quantiles([1.5, 2.5, 3.5, 10.0], n=5, method='inclusive'))
print(quantiles([F(1, 2), F(1, 3), F(1, 4)], n=4, method='inclusive'))
print(quantiles(range(11), n=10, method='inclusive'))
print(quantiles([7, 7], n=4, method='inclusive'))
print(quantiles([1, 100], n=1, method='inclusive'))
print(quantiles([0, 1], n=7, method='inclusive'))
data = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0]
print(quantiles(data, n=4, method='inclusive'), quantiles(data, n=4, method='exclusive'))
