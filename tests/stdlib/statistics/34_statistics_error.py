import statistics
from statistics import StatisticsError

print(StatisticsError.__mro__)
print(issubclass(StatisticsError, ValueError), StatisticsError.__module__, StatisticsError.__name__)
e = StatisticsError('boom', 2)
print(e.args, repr(e), str(e))
try:
    statistics.median([])
except ValueError as err:
    print('ValueError caught:', type(err).__name__, err)
print(sorted(statistics.__all__))
print(all(hasattr(statistics, name) for name in statistics.__all__))
statistics.mean([])
