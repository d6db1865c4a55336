# Covers: KeyError, AttributeError (instances, classes, modules), IndexError and TypeError at cell level.

# %%
d = {'a': 1, 'b': 2}
d['c']

# %%
d[('t', 1)]

# %%
d.get('c', 0)

# %%
class Point:
    def __init__(self):
        self.x = 1

p = Point()
p.y

# %%
p.xx

# %%
Point.z

# %%
import sys
sys.nonexistent

# %%
'abc'.foo()

# %%
[1, 2, 3][10]

# %%
len(5)

# %%
'a' + 1

# %%
nothing = None
nothing()

# %%
d, p.x
