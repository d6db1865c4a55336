# each execution of a def statement creates a function object (1 each, no defaults, no closure)
import gc
fs = []
gc.collect()
c0 = gc.get_count()
for i in range(6):
    def f(x):
        return x + 1
    fs.append(f)
c1 = gc.get_count()
del f
fs.clear()
c2 = gc.get_count()
print(c1[0] - c0[0])
print(c2[0] - c1[0])
