# Covers: `?` on values: type, string form, length, the docstring of the value's class, for builtin values, instances of cell classes and the classes themselves.

# %%
data = {'a': 1, 'b': 2}
data?

# %%
class Point:
    """A point in the plane."""
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

# %%
p = Point(1, 2)
p?

# %%
Point?

# %%
class Bare:
    pass
b = Bare()

# %%
b?

# %%
name = 'cellar'
name?

# %%
flag = None
flag?

# %%
nums = list(range(5))
nums?
