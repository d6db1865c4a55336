# while finalizers run, every member of the garbage cycle is still intact
import gc
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "->", self.n.name, self.n.n.name, len(self.data))
gc.collect()
a = Node("a")
b = Node("b")
a.n = b
b.n = a
a.data = [1, 2, 3]
b.data = [4]
del a, b
print(gc.collect())
