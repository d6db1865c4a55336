from graphlib import TopologicalSorter

# any hashable node, including None, tuples, frozensets, and equal values
ts = TopologicalSorter()
ts.add((1, 2), None)
ts.add(frozenset({1}), (1, 2))
ts.add(1.0, frozenset({1}))
ts.add(1, 0)
print(list(ts.static_order()))

# True == 1 == 1.0 are one node
ts = TopologicalSorter({True: [0], 2: [1.0]})
print(list(ts.static_order()))

class Job:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Job(%s)" % self.name


j1, j2, j3 = Job("fetch"), Job("build"), Job("test")
print(list(TopologicalSorter({j3: [j2], j2: [j1]}).static_order()))
ts = TopologicalSorter({j2: [j1]})
ts.prepare()
try:
    ts.done(j2)
except ValueError as e:
    print("ValueError", e)
try:
    ts.done(Job("other"))
except ValueError as e:
    print("ValueError", e)
