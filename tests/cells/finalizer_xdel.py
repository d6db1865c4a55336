# Covers: %xdel of a name whose value is also in Out (as _N and _): the value dies at once; del alone would not free it.

# %%
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
    def __repr__(self):
        return f'Noisy({self.name!r})'

# %%
x = Noisy('x')
x

# %%
%xdel x

# %%
print('x was freed above')

# %%
_

# %%
y = Noisy('y')
y

# %%
'displayed after y'

# %%
%xdel y

# %%
Out

# %%
z = Noisy('z')
z

# %%
del z

# %%
print('z still alive: Out holds it')

# %%
%reset -f

# %%
print('end')
