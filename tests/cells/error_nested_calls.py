# Covers: an exception raised three calls deep across functions from different cells; the traceback shows each frame.

# %%
def level3(x):
    return x['missing']

# %%
def level2(x):
    y = dict(x)
    return level3(y)

def level1(x):
    return level2(x) + 1

# %%
state = 'kept'
level1({'present': 1})

# %%
state

# %%
def outer(n):
    def inner(m):
        return [1, 2, 3][m]
    return inner(n * 2)

# %%
outer(1)

# %%
outer(5)

# %%
class Box:
    def __init__(self, v):
        self.v = v
    def half(self):
        return self.v / 0

# %%
Box(3).half()

# %%
list(map(lambda v: 10 // v, [5, 2, 0]))
