# Covers: a user assignment to _ stops IPython updating _, __ and ___ until it is deleted.

# %%
1

# %%
2

# %%
_ = 'mine'

# %%
3

# %%
_

# %%
__

# %%
_5

# %%
del _

# %%
4

# %%
_, __, ___
