import gc

gc.disable()
freed = []

class Node(list):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def __del__(self):
        freed.append((self.tag, len(self)))

a = Node("a")
a.append(a)
a.append(1)
print(a[0] is a, len(a), a[0][0][1])
del a
print("after del:", freed)
gc.collect()
print("after first collect:", freed)

b = Node("b")
c = Node("c")
b.append(c)
c.append(b)
b.extra = c
del b, c
print("pair dropped:", len(freed))
gc.collect()
print("after second collect:", sorted(freed))

freed.clear()
d = Node("d")
d.append(d)
keep = d
del d
gc.collect()
print("still alive:", keep.tag, keep[0] is keep, freed)
keep.clear()
del keep
print("after clear and del:", freed)
