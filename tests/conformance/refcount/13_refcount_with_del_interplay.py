import sys
class Node:
    def __init__(self, name):
        self.name = name
        self.links = []
    def __del__(self):
        print("del", self.name)
a = Node("a")
b = Node("b")
a.links.append(b)
print(sys.getrefcount(b))
b2 = b
print(sys.getrefcount(b))
del b, b2
print("b still reachable from a", a.links[0].name)
a.links.clear()
print("a alive", sys.getrefcount(a))
holder = {"n": a}
del a
print("in dict only")
holder["n"] = Node("replacement")
print("end")
del holder
