# Covers: `?` on builtins shows CPython's signature and docstring; a trailing `?` asks about the name it ends; docstrings are cleaned as inspect.getdoc does.

# %%
len?

# %%
[].append?

# %%
import math
math.sqrt?

# %%
print?

# %%
items = [3, 1, 2]
items.sort?

# %%
def scale(values, factor=2):
    """Multiply each value.

    Returns a new list; the input is left alone.
    """
    return [v * factor for v in values]

# %%
scale?

# %%
len(items) + items[0]?

# %%
math.pi?
