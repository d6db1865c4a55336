# Covers: weakref.ref across cells: the referent stays alive while a name or the output cache holds it; %xdel releases both.

# %%
import weakref

class Thing:
    def __repr__(self):
        return 'Thing()'

# %%
t = Thing()
r = weakref.ref(t)
r() is t

# %%
del t

# %%
r() is None

# %%
u = Thing()
ru = weakref.ref(u)
u

# %%
del u

# %%
ru() is None

# %%
ru()

# %%
v = Thing()
rv = weakref.ref(v)
v

# %%
'something else'

# %%
%xdel v

# %%
rv() is None

# %%
w = Thing()
rw = weakref.ref(w, lambda ref: print('callback ran'))
del w

# %%
rw() is None

# %%
sorted(Out)
