# objects created by __del__ during a collection are counted in the new count[0]
import gc
made = []
class Maker:
    def __del__(self):
        made.append(Plain())
        made.append(Plain())
class Plain:
    pass
gc.collect()
a = Maker()
b = Maker()
a.b = b
b.a = a
del a, b
n = gc.collect()
c = gc.get_count()
print(n, len(made), c)
