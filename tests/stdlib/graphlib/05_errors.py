from graphlib import TopologicalSorter

ts = TopologicalSorter()
for name in ("get_ready", "is_active", "done"):
    try:
        getattr(ts, name)()
    except ValueError as e:
        print(name, "ValueError", e)
try:
    bool(ts)
except ValueError as e:
    print("bool ValueError", e)
ts.add("a")
ts.prepare()
try:
    ts.add("b")
except ValueError as e:
    print("ValueError", e)
try:
    ts.prepare()
except ValueError as e:
    print("ValueError", e)

ts = TopologicalSorter({"b": ["a"]})
ts.prepare()
for node in ["zzz", "b", 1, ("t",)]:
    try:
        ts.done(node)
    except ValueError as e:
        print("ValueError", e)
print(ts.get_ready())
ts.done("a")
try:
    ts.done("a")
except ValueError as e:
    print("ValueError", e)
# a failing done() in the middle of several nodes keeps the ones before it
ts = TopologicalSorter({"c": ["a", "b"]})
ts.prepare()
print(ts.get_ready())
try:
    ts.done("a", "x", "b")
except ValueError as e:
    print("ValueError", e)
print(ts.get_ready())
ts.done("b")
print(ts.get_ready())

# unhashable nodes
for bad in ([1], {}):
    try:
        TopologicalSorter().add(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    TopologicalSorter().add("x", [1])
except TypeError as e:
    print("TypeError", e)
try:
    TopologicalSorter({1: 5})
except TypeError as e:
    print("TypeError", e)
try:
    TopologicalSorter([1, 2])
except AttributeError as e:
    print("AttributeError", e)
try:
    TopologicalSorter().add()
except TypeError as e:
    print("TypeError", e)
