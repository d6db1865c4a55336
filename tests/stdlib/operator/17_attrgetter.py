import operator


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
        self.size = len(name)


leaf = Node("leaf")
mid = Node("middle", leaf)
root = Node("root", mid)
print(operator.attrgetter("name")(root))
print(operator.attrgetter("child.name")(root), operator.attrgetter("child.child.name")(root))
print(operator.attrgetter("name", "size", "child.size")(root))
print(operator.attrgetter("child.child.child")(root))
print(operator.attrgetter("real", "imag")(5))
print(operator.attrgetter("__class__.__name__")(root))
print(operator.attrgetter("upper")("abc")())
nodes = [root, mid, leaf]
print([n for n in map(operator.attrgetter("name"), nodes)])
print(sorted(nodes, key=operator.attrgetter("size"))[0].name)
print(max(nodes, key=operator.attrgetter("size")).name)
for getter, obj in [
    (operator.attrgetter("missing"), root),
    (operator.attrgetter("child.missing"), root),
    (operator.attrgetter("child.child.child.name"), root),
    (operator.attrgetter("name", "nope"), root),
    (operator.attrgetter("bad"), 3),
]:
    try:
        getter(obj)
    except AttributeError as e:
        print("AttributeError:", e)
