from graphlib import TopologicalSorter

ts = TopologicalSorter()
ts.add("b", "a")
ts.add("c", "a", "b")
ts.add("d")
ts.add("c", "d")
ts.add("e", "c", "c")
ts.prepare()
step = 0
while ts.is_active():
    ready = ts.get_ready()
    print(step, ready, bool(ts))
    ts.done(*ready)
    step += 1
print(ts.get_ready(), ts.is_active(), bool(ts))

# done() one node at a time
ts = TopologicalSorter({"x": ["a", "b"], "y": ["b"]})
ts.prepare()
print(ts.get_ready())
ts.done("b")
print(ts.get_ready())
ts.done("y")
print(ts.get_ready(), ts.is_active())
ts.done("a")
print(ts.get_ready(), ts.is_active())
ts.done("x")
print(ts.is_active())

# get_ready twice without done returns nothing new
ts = TopologicalSorter({1: [0]})
ts.prepare()
print(ts.get_ready(), ts.get_ready(), ts.is_active())
ts.done(0)
print(ts.get_ready())
ts.done(1)
print(ts.is_active())

# the same node given repeatedly as predecessor
ts = TopologicalSorter()
ts.add(1, 0, 0, 0)
ts.prepare()
print(ts.get_ready())
ts.done(0)
print(ts.get_ready())
