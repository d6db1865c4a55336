# Covers: %history, %history -n, %history -n 1-3 and single entries, with multi-line cells.

# %%
x = 1

# %%
def f(a):
    return a * 2

# %%
f(x)

# %%
%history

# %%
%history -n

# %%
%history -n 1-3

# %%
%history -n 3

# %%
%history 2-3

# %%
y = [1,
     2]

# %%
%history -n 7-9
