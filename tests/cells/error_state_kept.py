# Covers: assignments and side effects made before an exception in a cell stay; later lines do not run.

# %%
items = []
for i in range(5):
    items.append(i)
    if i == 3:
        raise ValueError(f'stopped at {i}')

# %%
items

# %%
a = 1
b = [][0]
c = 3

# %%
a

# %%
c

# %%
d = {'k': 1}
d['new'] = 2
d['missing']

# %%
d

# %%
def mutate(lst):
    lst.append('added')
    raise TypeError('after the append')

# %%
mutate(items)

# %%
items
