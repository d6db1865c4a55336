import itertools

groups = [[1, 2], (3,), 4, [5]]
c = itertools.chain(*groups)
print(next(c), next(c), next(c))
print("total", sum(c))
