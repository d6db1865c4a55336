# Covers: IndentationError variants (unexpected indent, expected block, unindent mismatch); nothing of the cell runs.

# %%
v = 'before'

# %%
if True:
 print(1)
  print(2)

# %%
print('no')
def g():
return 1

# %%
if True:
        a = 1
    b = 2

# %%
  w = 1

# %%
print('tabs and spaces')
if True:
	x = 1
        y = 2

# %%
v
