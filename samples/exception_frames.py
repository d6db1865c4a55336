# %% [markdown]
# # The last exception keeps its frames, and their locals
# An uncaught exception is kept as `sys.last_value` and `sys.last_traceback` so you can
# inspect it (`%tb`, a debugger). The traceback holds each failing frame, and each frame its
# local variables: a big intermediate of a function that failed stays alive until the next
# uncaught exception, or `%reset`.

# %%
import sys

class Big:
    def __init__(self, name):
        self.name = name
        self.payload = list(range(100_000))
    def __del__(self):
        print("freed", self.name)

def load(path):
    table = Big(path)
    raise ValueError(f"cannot parse {path}")

# %%
load("january.csv")

# %% [markdown]
# The function returned long ago, yet its `table` is alive, and reachable as a user would
# reach it: through the last traceback's innermost frame.

# %%
tb = sys.last_traceback
while tb.tb_next is not None:
    tb = tb.tb_next
print(tb.tb_frame.f_code.co_name, "line", tb.tb_lineno, sorted(tb.tb_frame.f_locals))
tb.tb_frame.f_locals["table"].name

# %%
del tb

# %% [markdown]
# `%mem why` finds the same path from the roots by itself, and sizes what it keeps alive.

# %%
%mem why sys.last_value.__traceback__.tb_next.tb_frame.f_locals["table"]

# %% [markdown]
# The next uncaught exception replaces the last one: january's table is freed then.

# %%
load("february.csv")

# %% [markdown]
# `%reset -f` drops the last exception too (and every name).

# %%
%reset -f

# %%
print("after reset")
