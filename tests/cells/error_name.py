# Covers: NameError for undefined names, near misses of defined names, unbound names in functions; earlier state kept.

# %%
counter = 1

# %%
countr

# %%
counter

# %%
def use_later():
    return not_defined_anywhere + 1

# %%
use_later()

# %%
def f():
    print(y)
    y = 2
f()

# %%
prnt('x')

# %%
length = 3
lenght

# %%
counter + length
