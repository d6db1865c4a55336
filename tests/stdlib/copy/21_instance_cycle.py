import copy

class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
        self.prev = None
    def __repr__(self):
        return f"Node({self.name})"

a, b, c = Node("a"), Node("b"), Node("c")
a.next, b.next, c.next = b, c, a
a.prev, b.prev, c.prev = c, a, b
a2 = copy.deepcopy(a)
print(a2, a2.next, a2.next.next, a2.next.next.next is a2)
print(a2.prev is a2.next.next, a2.next.prev is a2)
print(a2 is not a, a2.next is not b)
walk = []
n = a2
for _ in range(6):
    walk.append(n.name)
    n = n.next
print(walk)

# shallow copy keeps pointing into the original ring
s = copy.copy(a)
print(s.next is b, s.prev is c, c.next is a)

# a parent/children tree with back references
class Tree:
    def __init__(self, label, parent=None):
        self.label = label
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
root = Tree("root")
k1 = Tree("k1", root)
k2 = Tree("k2", root)
g = Tree("g", k1)
r2 = copy.deepcopy(root)
print([ch.label for ch in r2.children], r2.children[0].parent is r2)
print(r2.children[0].children[0].parent is r2.children[0], r2.children[1].parent is r2)
print(r2.children[0] is not k1)

# deepcopy of a subtree drags in the whole tree through parent
sub = copy.deepcopy(k1)
print(sub.parent.label, sub.parent is not root, sub.parent.children[0] is sub)

# an object whose attribute dict holds the object itself
class Selfie:
    pass
o = Selfie()
o.me = o
o.items = [o, {"again": o}]
o2 = copy.deepcopy(o)
print(o2.me is o2, o2.items[0] is o2, o2.items[1]["again"] is o2, o2 is not o)
