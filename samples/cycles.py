# %% [markdown]
# # Reference cycles wait for the collector
# Reference counting frees an object the moment its last reference goes, unless the object
# is part of a cycle: then only the cycle collector (`gc`) frees it, when a generation's
# threshold is reached or `gc.collect()` runs. Thresholds are made tiny here so the
# collections show.

# %%
import gc, weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("freed", self.name)

def report(phase, info):
    if phase == "stop" and info["collected"]:
        print(f"  gc: generation {info['generation']} collected {info['collected']}")

gc.callbacks.append(report)

# %%
a = Node("a")
del a

# %% [markdown]
# No cycle: freed at `del`. Now two nodes that point at each other:

# %%
b, c = Node("b"), Node("c")
b.other, c.other = c, b
probe = weakref.ref(b)
del b, c
print("b and c are unreachable, but not freed yet")

# %%
%mem why probe()

# %%
gc.collect()

# %% [markdown]
# With a generation-0 threshold of 10, every tenth new container triggers a collection,
# and cycles die soon after they become garbage.

# %%
gc.set_threshold(10, 10, 10)
for i in range(3):
    x, y = Node(f"x{i}"), Node(f"y{i}")
    x.other, y.other = y, x
    del x, y
    junk = [[] for _ in range(12)]

# %%
gc.callbacks.remove(report)
gc.set_threshold(700, 10, 10)
