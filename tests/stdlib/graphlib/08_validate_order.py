import random
from graphlib import TopologicalSorter, CycleError

rng = random.Random(12345)
for trial in range(30):
    nodes = list(range(rng.randint(1, 12)))
    graph = {}
    for v in nodes:
        k = rng.randint(0, 3)
        graph[v] = [rng.choice(nodes) for _ in range(k)]
    try:
        order = list(TopologicalSorter(graph).static_order())
    except CycleError as e:
        cyc = e.args[1]
        ok = cyc[0] == cyc[-1] and all(cyc[i] in graph.get(cyc[i + 1], []) for i in range(len(cyc) - 1))
        print(trial, "cycle", cyc, ok)
    else:
        pos = {v: i for i, v in enumerate(order)}
        ok = all(pos[p] < pos[v] for v, ps in graph.items() for p in ps)
        print(trial, "order", order, ok)
