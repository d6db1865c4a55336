import gc
import weakref
from collections import Counter


class Key:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Key(%s)" % self.name

    def __del__(self):
        print("del", self.name)


k = Key("k1")
r = weakref.ref(k)
c = Counter([k, k, k])
print(c, r() is k)
del k
print("after del name", r() is not None, c[r()])
c.clear()
print("after clear", r())
k2 = Key("k2")
r2 = weakref.ref(k2)
c = Counter({k2: 1})
c[k2] -= 1
print(c, +c)
del k2
print("still held", r2() is not None)
c = +c
print("after +c", r2(), c)
k3 = Key("k3")
c = Counter([k3])
c["self"] = c
del k3
print("before collect")
del c
print(gc.collect() > 0)
ws = weakref.WeakSet()
cc = Counter()
for i in range(3):
    key = Key(str(i))
    ws.add(key)
    cc[key] += i
del key
print(len(ws))
print(cc.most_common(1))
cc = None
print(len(ws))
