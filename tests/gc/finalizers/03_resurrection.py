# a self-referencing object whose __del__ saves it: collect() returns 0, then 1 without a second __del__
import gc
saved = []
class Phoenix:
    def __del__(self):
        print("del called")
        saved.append(self)
gc.collect()
p = Phoenix()
p.me = p
del p
print(gc.collect())
print(len(saved))
print(gc.is_finalized(saved[0]))
saved.clear()
print(gc.collect())
print(len(saved))
