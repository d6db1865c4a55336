from statistics import StatisticsError, pstdev, pvariance, stdev, variance

for f in [variance, pvariance, stdev, pstdev]:
    for data in [[], [1], ['a', 'b'], [1, 'a'], [1j, 2j], [None, None], 5, iter([])]:
        try:
            r = f(data)
        except Exception as e:
            print(f.__name__, type(data).__name__, '->', type(e).__name__, e)
        else:
            print(f.__name__, type(data).__name__, '->', repr(r))
