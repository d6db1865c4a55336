from graphlib import TopologicalSorter, CycleError

cases = [
    {1: [2], 2: [1]},
    {1: [1]},
    {"a": ["b"], "b": ["c"], "c": ["a"]},
    {1: [2], 2: [3], 3: [4], 4: [2], 5: [1]},
    {0: [1], 1: [2], 2: [0], 3: [4], 4: [3]},
    {"x": ["y"], "y": ["z"], "z": ["y", "x"]},
    {1: [2, 3], 2: [4], 3: [4], 4: [1]},
]
for graph in cases:
    ts = TopologicalSorter(graph)
    try:
        ts.prepare()
    except CycleError as e:
        print(type(e).__name__, e.args, str(e) == str(e.args))
    else:
        print("no cycle")

try:
    list(TopologicalSorter({1: [2], 2: [1]}).static_order())
except CycleError as e:
    print("static_order", e.args[0], e.args[1])

print(issubclass(CycleError, ValueError), CycleError.__mro__[1].__name__)
try:
    list(TopologicalSorter({"a": ["a"]}).static_order())
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, repr(e))
