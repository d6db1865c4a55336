from fractions import Fraction as F
from statistics import mean, pvariance, variance, stdev

print(sum([1e50, 1, -1e50] * 1000), mean([1e50, 1, -1e50] * 1000))
print(mean([1e16, 1.0, 1.0, -1e16]))
print(mean([0.1] * 3 + [0.2] * 3), sum([0.1] * 3 + [0.2] * 3) / 6)
print(variance([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]))
print(pvariance([1e20, 1e20 + 2 ** 17, 1e20 + 2 ** 18]))
print(stdev([1e-300, 2e-300, 3e-300, 4e-300]))
print(mean([2 ** -1074, 2 ** -1074, 2 ** -1074]))
print(mean([1.7976931348623157e308] * 3), mean([1.7976931348623157e308, -1.7976931348623157e308]))
data = [F(k, k + 1) for k in range(30)]
print(mean(data), variance(data))
print(mean([0.5, F(1, 3)]), type(mean([0.5, F(1, 3)])).__name__)
