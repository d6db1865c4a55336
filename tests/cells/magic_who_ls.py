# Covers: %who_ls as a value (a sorted list), its type filter, and x = %who_ls assigning it.

# %%
%who_ls

# %%
alpha = 1
beta = 'b'
gamma = [1, 2]

# %%
%who_ls

# %%
%who_ls int

# %%
names = %who_ls

# %%
names

# %%
type(names).__name__

# %%
%who_ls str

# %%
lists = %who_ls list
lists

# %%
%who_ls
