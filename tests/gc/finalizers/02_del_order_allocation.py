# finalizers of a simple garbage ring run in allocation order
import gc
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc.collect()
first = Res(0)
cur = first
for i in range(1, 6):
    nxt = Res(i)
    cur.next = nxt
    cur = nxt
cur.next = first
del first, cur, nxt
print(gc.collect())
