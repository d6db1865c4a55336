# %% [markdown]
# # The output cache keeps what a cell showed
# A cell's last expression is shown as `Out[n]` and kept in `Out`, `_n` and `_`, `__`, `___`.
# `del x` then removes only your name for it: the cache still holds the value.
# `%xdel x` removes every reference the notebook holds; `%reset out` flushes the cache.

# %%
import gc, sys

class Big:
    def __init__(self, name):
        self.name = name
        self.payload = list(range(100_000))
    def __del__(self):
        print("freed", self.name)
    def __repr__(self):
        return f"Big({self.name!r})"

# %%
a = Big("a")
a

# %%
del a
print("a survives: Out[2] is", Out[2])

# %% [markdown]
# `%mem why` names every holder as you would type it.

# %%
%mem why Out[2]

# %% [markdown]
# Who holds it? The output cache (the `Out` dict) and the cell scope (`_2`, `_`).

# %%
sorted(type(r).__name__ for r in gc.get_referrers(Out[2]))

# %%
%xdel _2

# %%
b = Big("b")
b

# %%
1

# %%
2

# %%
3

# %% [markdown]
# `_`, `__` and `___` have moved on and `b` is deleted, but `Out[7]` still holds `Big('b')`.

# %%
del b

# %%
%reset -f out

# %%
print("the cache is empty:", dict(Out))
