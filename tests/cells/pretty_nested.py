# Covers: nested lists and dicts that break at the outer level only, and deeper when the inner ones are too wide.

# %%
[[1, 2, 3], [4, 5, 6], [7, 8, 9]]

# %%
[[i, i * 2, i * 3] for i in range(10)]

# %%
[list(range(10)), list(range(10, 20)), list(range(20, 30))]

# %%
[list(range(30)), [1, 2]]

# %%
{'small': [1, 2, 3], 'medium': list(range(12)), 'other': [4, 5]}

# %%
{'outer': {'inner': list(range(25))}}

# %%
[[[1, 2], [3, 4]], [[5, 6], [7, 8]], [[9, 10], [11, 12]], [[13, 14], [15, 16]]]

# %%
{'a': [{'b': 1, 'c': 2}, {'d': 3}], 'e': ('f', 'g'), 'h': {'i': {'j': 'k' * 50}}}
