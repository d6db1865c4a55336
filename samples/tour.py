# %% [markdown]
# # A tour of `%mem`
# The seed scenario of Cellar, one `%mem` command at a time: a data pipeline whose
# intermediate results stay alive in the cell scope, the same pipeline in a function, a value
# pinned by the output cache, one pinned by the last exception, and a cycle that waits for
# the collector. Every figure comes from the heap itself.

# %%
import gc, sys

class Stage:
    """One step's result."""
    def __init__(self, name, items):
        self.name = name
        self.items = items
    def __repr__(self):
        return f"<Stage {self.name}: {len(self.items)} items>"

lines = [f"user{i},{18 + i % 60},{['Paris', 'Oslo', 'Lima'][i % 3]}" for i in range(2000)]

# %%
rows = Stage("rows", [line.split(",") for line in lines])
adults = Stage("adults", [r for r in rows.items if int(r[1]) >= 30])
onehot = Stage("onehot", [{c: int(r[2] == c) for c in ("Lima", "Oslo", "Paris")} for r in adults.items])
result = {c: sum(d[c] for d in onehot.items) for c in ("Lima", "Oslo", "Paris")}
result

# %% [markdown]
# `%mem vars`: every variable with its own bytes and its retained bytes, what `del name` and
# a collection would free. `adults` retains little: its rows are shared with `rows`, and a
# shared object counts for no single name.

# %%
%mem vars

# %% [markdown]
# `%mem why`: the reference paths that keep an object alive, named from the roots.

# %%
%mem why adults.items[0]

# %%
%mem refs onehot.items[0]

# %% [markdown]
# `%mem where`: the cell and line that allocated an object, and every live byte by the line
# that allocated it (the comprehensions in a cell are functions of their own).

# %%
%mem where onehot.items[0]

# %%
%mem where --top

# %% [markdown]
# The same pipeline inside a function: the intermediates die when it returns.

# %%
def pipeline(lines):
    rows = [line.split(",") for line in lines]
    adults = [r for r in rows if int(r[1]) >= 30]
    onehot = [{c: int(r[2] == c) for c in ("Lima", "Oslo", "Paris")} for r in adults]
    return {c: sum(d[c] for d in onehot) for c in ("Lima", "Oslo", "Paris")}

del rows, adults, onehot
result2 = pipeline(lines)

# %%
%mem vars

# %% [markdown]
# A value shown as `Out[n]` stays in the output cache after `del`: `%mem why` names the
# holders, `%xdel` drops them all.

# %%
big = Stage("big", list(range(50_000)))
big

# %%
del big
%mem why Out[10]

# %%
%xdel _10
10 in Out, "_10" in globals()

# %% [markdown]
# The last exception keeps its frames, and the frames keep their locals.

# %%
def parse(lines):
    table = [line.split(",") for line in lines]
    return int(table[0][0])

parse(lines)

# %%
%mem why sys.last_traceback.tb_next.tb_frame.f_locals["table"]

# %% [markdown]
# A cycle outlives `del`: nothing reaches it, and only the collector frees it.

# %%
class Node:
    pass
a = Node(); b = Node()
a.partner = b; b.partner = a
%mem why a.partner

# %%
%mem graph a --depth 3

# %%
probe = [a]
del a, b
%mem why probe[0]

# %%
%mem trace on
del probe
%mem gc

# %%
%mem trace off

# %% [markdown]
# `%%mem` runs a cell and says what it did: net and peak bytes, objects allocated and freed,
# and what it left alive under which names.

# %%
%%mem
scratch = [[i] * 10 for i in range(5000)]
kept = [row[0] for row in scratch]
del scratch
len(kept)

# %% [markdown]
# `%mem where --peak`: what was alive at the exact moment the last cell's objects took the most
# bytes, though the cell freed it before it ended. `%mem stacks on` records each allocation's whole call stack,
# which `%mem where` lists and `%mem flame` folds (`--svg FILE` draws it).

# %%
%mem where --peak

# %%
%mem stacks on

# %%
def split_all(lines):
    return [line.split(",") for line in lines]

parsed = split_all(lines)

# %%
%mem where parsed[0]

# %%
%mem stacks off

# %% [markdown]
# `%mem leaks` gathers what is kept alive by accident, each with the command that frees it.

# %%
%mem leaks

# %% [markdown]
# The collector's state and settings, and the heap's own check.

# %%
%mem thresholds

# %%
%mem check
