# a tuple holding an untracked dict stays tracked (the item's type is a GC type); storing {} in a dict tracks it
import gc
a = 1
t = (a, {})
print(gc.is_tracked(t[1]))
gc.collect()
print(gc.is_tracked(t))
d = {"x": 1}
print(gc.is_tracked(d))
d["e"] = {}
print(gc.is_tracked(d))
u = (a, "s", 2.5, None, True)
gc.collect()
print(gc.is_tracked(u))
