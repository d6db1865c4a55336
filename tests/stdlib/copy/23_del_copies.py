import copy

class Tracked:
    count = 0
    def __init__(self, name):
        self.name = name
        self.parts = [name]
    def __del__(self):
        print("del", self.name, self.parts)

t = Tracked("orig")
c = copy.copy(t)
c.name = "shallow"
d = copy.deepcopy(t)
d.name = "deep"
print("shared parts:", c.parts is t.parts, d.parts is t.parts)
del c
print("after del shallow")
del d
print("after del deep")
del t
print("after del orig")

# copies inside a container die with it
items = [Tracked("x")]
dup = copy.deepcopy(items)
dup[0].name = "x-copy"
del dup
print("container copy gone")
del items
print("items gone")

# the memo keeps originals alive until deepcopy returns
memo = {}
src = [Tracked("memo-src")]
out = copy.deepcopy(src, memo)
out[0].name = "memo-copy"
del src
print("src list deleted; memo still holds it")
memo.clear()
print("memo cleared")
del out
print("out gone")

# a temporary copy with a cycle needs the gc
import gc
ring = Tracked("ring")
ring.self = ring
r2 = copy.deepcopy(ring)
r2.name = "ring-copy"
del r2
print("ring copy unreachable")
gc.collect()
print("after collect")
ring.self = None
del ring
print("end")
