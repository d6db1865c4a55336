# %% [markdown]
# # Intermediate variables live as long as the notebook
# A data pipeline written cell by cell, as notebooks are: each stage's result gets a global
# name, and a global lives until it is deleted or rebound. Every stage below is a `Stage`
# whose `__del__` prints when it is freed, so you can watch which cell frees what.

# %%
import csv

class Stage:
    """One step's result; says so when it is freed."""
    def __init__(self, name, items):
        self.name = name
        self.items = items
    def __del__(self):
        print(f"freed {self.name} ({len(self.items)} items)")

lines = ["name,age,city"] + [f"user{i},{18 + i % 60},{['Paris', 'Oslo', 'Lima'][i % 3]}"
                             for i in range(3000)]

# %%
rows = Stage("rows", list(csv.DictReader(lines)))
len(rows.items)

# %%
adults = Stage("adults", [r for r in rows.items if int(r["age"]) >= 30])
len(adults.items)

# %%
cities = sorted({r["city"] for r in adults.items})
onehot = Stage("onehot", [{c: int(r["city"] == c) for c in cities} for r in adults.items])
onehot.items[0]

# %%
result = {c: sum(d[c] for d in onehot.items) for c in cities}
result

# %% [markdown]
# The answer is one small dict, yet every stage is still alive: the cell scope holds them.

# %%
[name for name in ("lines", "rows", "adults", "onehot") if name in globals()]

# %% [markdown]
# `del` frees a stage at once (reference counting, no collector needed). `adults` holds dicts
# that `rows` also holds, so freeing `rows` alone frees the rows nobody else uses.

# %%
del rows

# %%
del adults, onehot
result
