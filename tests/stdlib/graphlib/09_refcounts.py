import gc
import sys
from graphlib import TopologicalSorter


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


a, b, c = Node("a"), Node("b"), Node("c")


def counts():
    return [sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c)]


base = counts()
ts = TopologicalSorter({c: [a, b], b: [a]})
print([x - y for x, y in zip(counts(), base)])
order = list(ts.static_order())
print(order)
del order
print([x - y for x, y in zip(counts(), base)])
del ts
gc.collect()
print([x - y for x, y in zip(counts(), base)])

# CycleError holds the cycle list
from graphlib import CycleError
ts = TopologicalSorter({a: [b], b: [a]})
try:
    ts.prepare()
except CycleError as e:
    err = e
print(err.args[1])
del ts
gc.collect()
print([x - y for x, y in zip(counts(), base)][:2])
del err
print([x - y for x, y in zip(counts(), base)][:2])
