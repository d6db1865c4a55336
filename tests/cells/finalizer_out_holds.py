# Covers: __del__ shows when an object dies: del x does not free a value that Out / _N still hold; %reset -f frees it.

# %%
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
    def __repr__(self):
        return f'Noisy({self.name!r})'

# %%
a = Noisy('a')
del a

# %%
b = Noisy('b')
b

# %%
del b

# %%
_4

# %%
c = Noisy('c')
c;

# %%
del c

# %%
d = Noisy('d')
[d]

# %%
del d

# %%
_9[0]

# %%
1

# %%
2

# %%
3

# %%
sorted(Out)

# %%
%reset -f

# %%
print('after reset')
