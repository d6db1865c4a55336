# with DEBUG_SAVEALL finalizers still run; resurrected objects stay out of gc.garbage
import gc
saved = []
class P:
    def __del__(self):
        print("P.__del__")
        saved.append(self)
class Q:
    def __del__(self):
        print("Q.__del__")
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
p = P()
p.me = p
q = Q()
q.me = q
del p, q
n = gc.collect()
print(n, len(gc.garbage), type(gc.garbage[0]).__name__, len(saved))
gc.set_debug(0)
gc.garbage.clear()
saved.clear()
print(gc.collect())
