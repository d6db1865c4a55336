# a tree of lists where every node points back to its parent: all nodes are unreachable together
import gc
def build(depth, parent):
    node = [parent]
    if depth > 0:
        node.append(build(depth - 1, node))
        node.append(build(depth - 1, node))
    return node
gc.collect()
root = build(4, None)
print(len(root))
del root
print(gc.collect())
