# Sorting records with itemgetter/attrgetter keys; reduce with operator.add.
import operator
from functools import reduce, partial
rows = [(i % 13, -i, str(i)) for i in range(100000)]
rows.sort(key=operator.itemgetter(0, 1))
add3 = partial(operator.add, 3)
print(rows[0], rows[-1], reduce(operator.add, range(100000)), sum(map(add3, range(1000))))
