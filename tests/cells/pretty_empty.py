# Covers: empty containers and other empty values: [], {}, (), '', set(), frozenset(), range(0), and containers of them.

# %%
[]

# %%
{}

# %%
()

# %%
''

# %%
set()

# %%
frozenset()

# %%
range(0)

# %%
[[], {}, (), '', set()]

# %%
{'a': [], 'b': {}}

# %%
[[]] * 3

# %%
range(3)

# %%
range(1, 10, 2)
