from graphlib import TopologicalSorter, CycleError

# a chain of 2000 nodes: the cycle search is iterative (no recursion limit)
n = 2000
chain = {i: [i - 1] for i in range(1, n)}
order = list(TopologicalSorter(chain).static_order())
print(len(order), order[:5], order[-3:])
chain[0] = [n - 1]
try:
    TopologicalSorter(chain).prepare()
except CycleError as e:
    print(len(e.args[1]), e.args[1][:4], e.args[1][-2:])

# a grid of dependencies
grid = {}
for i in range(4):
    for j in range(4):
        preds = []
        if i:
            preds.append((i - 1, j))
        if j:
            preds.append((i, j - 1))
        grid[(i, j)] = preds
ts = TopologicalSorter(grid)
ts.prepare()
while ts:
    r = ts.get_ready()
    print(r)
    ts.done(*r)

print(TopologicalSorter[int], TopologicalSorter[str].__origin__ is TopologicalSorter)
print(TopologicalSorter.__module__, CycleError.__module__)
ns = {}
exec("from graphlib import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
