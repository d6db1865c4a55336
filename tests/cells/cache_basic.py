# Covers: Out[n] prompts, _, __, ___ and _N after a few displayed values.

# %%
10

# %%
20

# %%
30

# %%
(_, __, ___)

# %%
_

# %%
(_2, _3, _4)

# %%
_2 + _3

# %%
_ * 2

# %%
x = 5
x

# %%
_10 == x

# %%
(_, __, ___)

# %%
_11
