import gc
from collections import deque


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


d = deque(maxlen=2)
for n in "abcd":
    print("append", n)
    d.append(Item(n))
print("appendleft z")
d.appendleft(Item("z"))
print("popleft")
x = d.popleft()
print("got", x.name)
del x
print("pop")
d.pop()
print("extend")
d.extend([Item("e"), Item("f"), Item("g")])
print("clear")
d.clear()
print("rebuild")
d = deque([Item("p"), Item("q"), Item("r")])
print("remove q")
d.remove(d[1])
print("del d[0]")
del d[0]
print("setitem")
d[0] = Item("s")
print("drop deque")
d = None
print("cycle")
c = deque([Item("cyc")])
c.append(c)
del c
print("before collect")
print(gc.collect() > 0)
print("end")
