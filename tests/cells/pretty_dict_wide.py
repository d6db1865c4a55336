# Covers: dicts wider than 79 columns print one key per line, keys in insertion order; dicts that fit stay on one line.

# %%
{'a': 1, 'b': 2}

# %%
{i: i * i for i in range(15)}

# %%
{i: i * i for i in range(20)}

# %%
{'name': 'Ada Lovelace', 'born': 1815, 'field': 'mathematics', 'known for': 'the first program'}

# %%
{'z': 1, 'a': 2, 'm': 3, 'b': 4, 'y': 5, 'c': 6, 'x': 7, 'd': 8, 'w': 9, 'e': 10, 'v': 11}

# %%
{(1, 2): 'tuple key', 3: 'int key', 'four': 'str key', 5.0: 'float key', None: 'none key'}

# %%
{'key%d' % i: 'value number %d' % i for i in range(5)}

# %%
d = {}
d['long'] = 'x' * 90
d
