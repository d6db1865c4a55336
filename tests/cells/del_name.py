# Covers: del of a variable and then NameError; del of items and attributes; the value stays reachable through Out.

# %%
x = [1, 2, 3]
x

# %%
del x

# %%
x

# %%
_2

# %%
Out[2]

# %%
a, b, c = 1, 2, 3
del a, b

# %%
a

# %%
c

# %%
d = {'k': 1, 'j': 2}
del d['k']
d

# %%
del d['nope']

# %%
class O:
    pass
o = O()
o.attr = 1
del o.attr
o.attr

# %%
lst = list(range(6))
del lst[1:3]
lst

# %%
del undefined_name
