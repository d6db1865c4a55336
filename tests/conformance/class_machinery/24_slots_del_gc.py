# __del__ on instances of a slotted class; cycles through slots
import gc
log = []

class Node:
    __slots__ = ("name", "peer", "__weakref__")
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        log.append(self.name)

a = Node("a")
del a
print(log)
b, c = Node("b"), Node("c")
b.peer = c
del c
print(log)
del b
print(log)
gc.collect()
gc.disable()
x, y = Node("x"), Node("y")
x.peer, y.peer = y, x
del x, y
print(log)
gc.collect()
print(log[:3], sorted(log[3:]))
gc.enable()

class Sub(Node):
    __slots__ = ("extra",)
    def __del__(self):
        log.append("sub:" + self.name)
        super().__del__()
s, log[:] = Sub("s"), []
s.extra = Node("inner")
del s
print(log)
