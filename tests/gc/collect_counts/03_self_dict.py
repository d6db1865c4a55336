# a dict containing itself (as a value) is 1; two dicts pointing at each other are 2
import gc
gc.collect()
d = {}
d["me"] = d
del d
print(gc.collect())
d1 = {"n": 1}
d2 = {"n": 2}
d1["peer"] = d2
d2["peer"] = d1
del d1, d2
print(gc.collect())
