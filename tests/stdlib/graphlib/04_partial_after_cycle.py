from graphlib import TopologicalSorter, CycleError

# after CycleError the nodes outside the cycle can still be processed
ts = TopologicalSorter({"a": [], "b": ["a"], "c": ["b", "d"], "d": ["c"], "e": ["a"]})
try:
    ts.prepare()
except CycleError as e:
    print("cycle:", e.args[1])
got = []
while ts.is_active():
    ready = ts.get_ready()
    got.append(ready)
    ts.done(*ready)
print(got, ts.get_ready(), ts.is_active())

# prepare() cannot be repeated, even after a cycle
try:
    ts.prepare()
except ValueError as e:
    print("ValueError", e)

# a graph that is entirely a cycle: nothing is ready
ts = TopologicalSorter({1: [2], 2: [1]})
try:
    ts.prepare()
except CycleError:
    pass
print(ts.get_ready(), ts.is_active(), bool(ts))
