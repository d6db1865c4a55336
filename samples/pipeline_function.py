# %% [markdown]
# # The same pipeline inside a function
# A function's locals die when it returns: only what it returns survives. Compare with
# `pipeline_globals.py`, where every stage stays alive in the cell scope.

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

def city_counts(lines):
    rows = Stage("rows", list(csv.DictReader(lines)))
    adults = Stage("adults", [r for r in rows.items if int(r["age"]) >= 30])
    cities = sorted({r["city"] for r in adults.items})
    onehot = Stage("onehot", [{c: int(r["city"] == c) for c in cities} for r in adults.items])
    return {c: sum(d[c] for d in onehot.items) for c in cities}

# %% [markdown]
# The three stages are freed as the call returns, before the result is shown.

# %%
city_counts(lines)

# %%
[name for name in ("rows", "adults", "onehot") if name in globals()]
