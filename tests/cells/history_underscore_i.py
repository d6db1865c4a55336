# Covers: _i, _ii, _iii (the previous three inputs) and _iN (input N), including multi-line cells.

# %%
x = 10

# %%
y = x * 2

# %%
for i in range(2):
    print(i)

# %%
_i

# %%
_ii

# %%
_iii

# %%
_i2

# %%
print(_i4)

# %%
_i3 + ' / ' + _i2

# %%
(_i, _ii, _iii)

# %%
_i1
