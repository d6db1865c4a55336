import gc
from collections import deque


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


z = deque(maxlen=0)
print("append to maxlen=0")
z.append(Obj("zero"))
print("extend maxlen=0")
z.extend([Obj("z1"), Obj("z2")])
d = deque([Obj("a"), Obj("b"), Obj("c")], maxlen=3)
print("rotate keeps all")
d.rotate(1)
print("extendleft overflow")
d.extendleft([Obj("x")])
print("insert into middle of non-full")
d.pop()
d.insert(1, Obj("i"))
print("multiply by zero")
d *= 0
print("rebuild")
d = deque(Obj(str(i)) for i in range(3))
print("reverse keeps")
d.reverse()
print("iadd self")
d += d
print(len(d))
print("clear")
d.clear()
print("deque holding itself via object")
holder = Obj("holder")
q = deque([holder])
holder.q = q
del holder, q
print("collect", gc.collect() > 0)
print("remove via pop in loop")
d = deque(Obj("p%d" % i) for i in range(2))
while d:
    d.pop()
print("end")
