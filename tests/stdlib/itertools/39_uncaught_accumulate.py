import itertools
import operator

cells = ["12", "7", 5, "3"]
totals = itertools.accumulate(cells, operator.add, initial="")
print(next(totals), next(totals), next(totals))
print(list(totals))
