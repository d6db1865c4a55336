import gc
from collections import defaultdict


class Node:
    def __init__(self, name):
        self.name = name
        self.links = defaultdict(list)

    def __del__(self):
        print("del", self.name)


print(gc.is_tracked(defaultdict(int)), gc.is_tracked(defaultdict(list, {"a": 1})))
print(gc.is_tracked(defaultdict(None)), gc.is_tracked({}))
gc.collect()
a = Node("a")
b = Node("b")
a.links["peer"].append(b)
b.links["peer"].append(a)
del a, b
print("dropped")
n = gc.collect()
print("collected", n > 0)
d = defaultdict(list)
d["me"].append(d)
del d
print("self cycle collected", gc.collect() > 0)
holder = defaultdict(lambda: Node("made"))
holder["x"]
print("created")
holder = None
print("freed")
f = defaultdict(None)
f.default_factory = lambda: f
print(f["q"] is f)
del f
print(gc.collect() > 0)
refs = gc.get_referents(defaultdict(list, {"k": "v"}))
print(any(r == "v" for r in refs), any(r is list for r in refs))
print(list in gc.get_referents(defaultdict(list)))
print("end")
