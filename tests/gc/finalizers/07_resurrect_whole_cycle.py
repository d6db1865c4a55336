# one __del__ saving one member resurrects the whole cycle; later, nobody is finalized again
import gc
saved = []
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        if self.name == "b":
            saved.append(self)
gc.collect()
a = Node("a")
b = Node("b")
c = Node("c")
a.n = b
b.n = c
c.n = a
del a, b, c
print(gc.collect())
print(saved[0].n.name, saved[0].n.n.name)
saved.clear()
print(gc.collect())
