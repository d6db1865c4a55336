# Covers: nested structures of lists of dicts (records), as they break over several lines.

# %%
people = [{'name': 'Ann', 'age': 31}, {'name': 'Bob', 'age': 25}]
people

# %%
people + [{'name': 'Cleo', 'age': 40}, {'name': 'Dan', 'age': 19}]

# %%
records = [{'id': i, 'tags': ['t%d' % j for j in range(i)], 'ok': i % 2 == 0} for i in range(5)]
records

# %%
{'rows': records[:2], 'count': 2}

# %%
[{'k': list(range(20))}]

# %%
[{'a': {'b': {'c': {'d': [1, 2, 3]}}}}] * 2
