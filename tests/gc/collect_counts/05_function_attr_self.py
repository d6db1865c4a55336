# a function with an attribute referring to itself: 2 (the function and its __dict__)
import gc
gc.collect()
def f():
    return 1
f.me = f
del f
print(gc.collect())
def g():
    return 2
g.a = 1
g.b = "s"
g.me = g
del g
print(gc.collect())
