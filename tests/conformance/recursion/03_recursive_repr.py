class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__, e)
class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
    def __repr__(self):
        return f"Node({self.value}, {self.children})"
root = Node(1)
child = Node(2)
root.children.append(child)
print(root)
child.children.append(root)
try:
    print(root)
except RecursionError as e:
    print(type(e).__name__, e)
child.children.clear()
print(root)
