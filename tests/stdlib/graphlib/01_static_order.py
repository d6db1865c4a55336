from graphlib import TopologicalSorter

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
# sets of str depend on the hash seed: use lists/tuples for the predecessors
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"]}
print(list(TopologicalSorter(graph).static_order()))
print(tuple(TopologicalSorter({2: [1], 3: [2], 4: [3, 1], 5: []}).static_order()))
print(list(TopologicalSorter().static_order()))
print(list(TopologicalSorter({}).static_order()))
print(list(TopologicalSorter({1: []}).static_order()))
print(list(TopologicalSorter({1: [2, 3, 4], 2: [5], 3: [5], 4: [5]}).static_order()))
deps = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "config": [],
    "tests": ["app"],
}
print(list(TopologicalSorter(deps).static_order()))
# integer sets iterate in a fixed order
print(list(TopologicalSorter({10: {1, 2, 3}, 1: {0}, 2: {0}, 3: {0}}).static_order()))
g = TopologicalSorter(deps).static_order()
print(type(g).__name__, next(g), next(g))
