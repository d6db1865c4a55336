# Covers: how _, __, ___ rotate only on displayed values (not on assignments, prints, errors or None).

# %%
'a'

# %%
'b'

# %%
z = 'not displayed'

# %%
print('printed')

# %%
None

# %%
'c'

# %%
(_, __, ___)

# %%
1 / 0

# %%
(_, __, ___)

# %%
_ is _10

# %%
'd';

# %%
_

# %%
_7
