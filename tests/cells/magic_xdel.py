# Covers: %xdel NAME deletes the name, every other name bound to the same object, and its Out entries.

# %%
x = [1, 2, 3]
x

# %%
same = x
other = [1, 2, 3]

# %%
10

# %%
%xdel x

# %%
x

# %%
same

# %%
other

# %%
Out

# %%
_2

# %%
_

# %%
%xdel nosuch

# %%
y = 'gone'

# %%
%xdel y

# %%
%who
