# Covers: sequences, dicts and sets of more than 1000 items are cut after 1000 with '...'.

# %%
big = list(range(1200))

# %%
big[:5], len(big)

# %%
big

# %%
list(range(1000))[-3:]

# %%
tuple(range(1001))

# %%
{i: i for i in range(1005)}

# %%
set(range(1002))
