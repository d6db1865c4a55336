# a tuple of untracked items is tracked when built, and untracked by the first collection that sees it
import gc
a = 1
s = "text"
t = (a, 2, s)
print(gc.is_tracked(t))
u = (a, [])
print(gc.is_tracked(u))
print(gc.is_tracked(()))
gc.collect(0)
print(gc.is_tracked(t), gc.is_tracked(u))
v = (a, None, 3.5)
print(gc.is_tracked(v))
gc.collect()
print(gc.is_tracked(v))
