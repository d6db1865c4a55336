import math
from fractions import Fraction as F
from statistics import mean, fmean, median

inf, nan = float('inf'), float('nan')
for data in [[1, inf], [inf, inf], [inf, -inf], [1, nan], [nan, inf], [-inf, 2.5, 3],
             [F(1, 2), inf], [1e308, 1e308, -inf], [nan]]:
    r = mean(data)
    print(data, repr(r), type(r).__name__, repr(fmean(data)))
print(median([1, nan, 3]), median([inf, -inf]))
