# cycles through dict keys and set members
import gc
class Key:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self is other
gc.collect()
k = Key()
d = {k: 1}
k.d = d
del k, d
print(gc.collect())
k = Key()
s = {k, 1, 2}
k.s = s
del k, s
print(gc.collect())
