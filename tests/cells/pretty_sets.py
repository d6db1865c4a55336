# Covers: sets and frozensets display sorted, mixed unsortable items sorted by str(), empty ones, long ones broken.

# %%
{3, 1, 2}

# %%
{'pear', 'apple', 'fig'}

# %%
frozenset({30, 10, 20})

# %%
set()

# %%
frozenset()

# %%
{1, 'a', 2.5, None}

# %%
{(2, 'b'), (1, 'a'), 3}

# %%
set(range(40))

# %%
{'word%02d' % i for i in range(20)}

# %%
[{3, 2}, frozenset({9, 8})]

# %%
{frozenset({2, 1})}

# %%
{-1, 5, -10, 0}
