# Covers: gc.collect() return values for reference cycles made in earlier cells, with and without __del__. Each counted collect follows a collect in the same cell, so IPython's own per-cell garbage is not counted.

# %%
import gc
gc.collect();

# %%
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

# %%
a = Node('a')
b = Node('b')
a.other = b
b.other = a

# %%
gc.collect()
del a, b
gc.collect()

# %%
gc.collect()
gc.collect()

# %%
class Loud:
    def __init__(self):
        self.me = self
    def __del__(self):
        print('Loud collected')

# %%
gc.collect()
Loud()
print('made one, displayed nothing yet')

# %%
gc.collect()
l = Loud()
del l
print('unreachable now, not yet collected')
gc.collect()

# %%
items = [[] for _ in range(3)]
for it in items:
    it.append(it)

# %%
gc.collect()
del items, it
gc.collect()

# %%
gc.collect()
pair = [[], []]
pair[0].append(pair[1])
pair[1].append(pair[0])
del pair
gc.collect()

# %%
gc.isenabled(), gc.get_threshold()

# %%
gc.collect()
shown = Loud()
shown

# %%
del shown

# %%
gc.collect()
gc.collect()

# %%
%reset -f

# %%
print('after reset')
