import gc
import weakref
finalized = []
class Tracked:
    def __del__(self):
        finalized.append(self.name)
class Linked:
    def link(self, other):
        self.other = other
class Node(Linked, Tracked):
    def __init__(self, name):
        self.name = name
gc.disable()
a, b, c = Node("a"), Node("b"), Node("c")
a.link(b)
b.link(c)
c.link(a)
notes = []
r = weakref.ref(b, lambda ref: notes.append("b callback"))
del a, b, c
print(sorted(finalized), r() is None)
gc.collect()
print(sorted(finalized), r() is None, notes)
gc.enable()
