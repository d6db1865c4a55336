# Grouping rows by key into lists.
from collections import defaultdict
groups = defaultdict(list)
for i in range(200000):
    groups[i % 97].append(i)
print(len(groups), sum(len(v) for v in groups.values()))
