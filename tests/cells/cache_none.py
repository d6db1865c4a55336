# Covers: None is never displayed or cached; expressions evaluating to None leave _ unchanged.

# %%
'before'

# %%
None

# %%
def nothing():
    pass
nothing()

# %%
x = None
x

# %%
print('print returns None')

# %%
[].append(1)

# %%
_

# %%
[None]

# %%
(None,)

# %%
{'k': None}

# %%
x is None

# %%
sorted(Out)

# %%
Out.get(3)
