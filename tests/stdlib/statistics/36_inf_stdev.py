from statistics import NormalDist, stdev, pstdev, variance

print(variance([1, float('inf')]), NormalDist.from_samples([1, float('inf')]))
for f in [stdev, pstdev]:
    for data in [[1, float('inf')], [float('nan'), 2]]:
        try:
            print(f(data))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
