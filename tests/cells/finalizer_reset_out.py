# Covers: %reset -f out and __del__: IPython keeps the last outputs pinned in its hidden namespace (_, __, ___) until %reset -f; _ then stops following new outputs.

# %%
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
    def __repr__(self):
        return f'Noisy({self.name!r})'

# %%
old = Noisy('old')
old

# %%
'a later value'

# %%
del old

# %%
%reset -f out

# %%
print('after the first reset out (is old freed?)')

# %%
last = Noisy('last')
last

# %%
del last

# %%
%reset -f out

# %%
print('after the second reset out')

# %%
_

# %%
'another value'

# %%
_

# %%
%reset -f

# %%
print('end')
