import gc
import weakref
from dataclasses import dataclass, field


@dataclass
class Node:
    name: str
    links: list = field(default_factory=list)


a = Node('a')
b = Node('b', [a])
a.links.append(b)
ra, rb = weakref.ref(a), weakref.ref(b)
print(a.links[0] is b, b.links[0] is a)
del a, b
gc.collect()
print(ra(), rb())


@dataclass
class Holder:
    obj: object = None


class Tracked:
    def __del__(self):
        print('Tracked freed')


h = Holder(Tracked())
print('replacing')
h.obj = None
print('after replace')
h2 = Holder(Tracked())
del h2
print('after del')


@dataclass(frozen=True)
class FrozenHolder:
    obj: object


f = FrozenHolder(Tracked())
object.__setattr__(f, 'obj', 1)
print('frozen after setattr', f)

cls_ref = None


def make():
    @dataclass
    class Temp:
        x: int = 0
    return weakref.ref(Temp), Temp(1)


r, inst = make()
print(r() is type(inst), inst)
del inst
gc.collect()
print(r())
