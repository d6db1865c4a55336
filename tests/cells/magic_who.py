# Covers: %who listing (names sorted, tab separated, 9 per line), type filters, and names hidden from it.

# %%
%who

# %%
a = 1
b = 'two'
c = [3]

# %%
%who

# %%
def func():
    pass

class Klass:
    pass

d = {'k': 'v'}
e = 2.5
f = (1,)
g = {1}
h = None
i = True
j = Klass()

# %%
%who

# %%
%who int

# %%
%who str list

# %%
%who function type

# %%
_private = 1
__dunder = 2

# %%
%who

# %%
7

# %%
%who
