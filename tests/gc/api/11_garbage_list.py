# gc.garbage is an ordinary list that starts empty and stays the same object
import gc
g = gc.garbage
print(type(g).__name__, len(g))
gc.collect()
print(gc.garbage is g)
g.append("mine")
gc.collect()
print(gc.garbage)
g.clear()
print(gc.garbage)
