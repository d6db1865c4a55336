# a tuple holding a list stays tracked even after the list is emptied; a tuple holding an untracked tuple is untracked later
import gc
a = 1
lst = [1]
t = (lst, a)
lst.clear()
gc.collect()
print(gc.is_tracked(t))
inner = (a, 2)
outer = (inner, 3)
print(gc.is_tracked(inner), gc.is_tracked(outer))
gc.collect()
gc.collect()
print(gc.is_tracked(inner), gc.is_tracked(outer))
