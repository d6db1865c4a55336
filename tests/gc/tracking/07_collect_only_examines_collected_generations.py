# a tuple parked in generation 2 (freeze + unfreeze) is only untracked by a full collection
import gc
a = 1
t = (a, 2)
gc.freeze()
gc.unfreeze()
print(gc.is_tracked(t))
gc.collect(0)
print(gc.is_tracked(t))
gc.collect(1)
print(gc.is_tracked(t))
gc.collect(2)
print(gc.is_tracked(t))
