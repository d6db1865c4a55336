# Run-length encoding with groupby; accumulate and islice.
import itertools
data = [i // 7 for i in range(200000)]
runs = [(k, sum(1 for _ in g)) for k, g in itertools.groupby(data)]
acc = list(itertools.islice(itertools.accumulate(range(200000)), 0, None, 1000))
print(len(runs), runs[-1], acc[-1])
