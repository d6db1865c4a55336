def inner():
    yield "i1"
    yield "i2"
def outer():
    yield "o1"
    r = yield from inner()
    yield from [1]
    yield from range(5, 6)
    yield "o2"
def show(label, g):
    yf = g.gi_yieldfrom
    name = None if yf is None else getattr(yf, "__name__", type(yf).__name__)
    print(label, "suspended", g.gi_suspended, "running", g.gi_running, "yieldfrom", name)
g = outer()
show("created", g)
while True:
    v = next(g, "END")
    show("after " + str(v), g)
    if v == "END":
        break
print(g.gi_code.co_name, g.__name__, g.__qualname__)
class Box:
    def items(self):
        yield 1
    def nested(self):
        def helper():
            yield 2
        return helper()
b = Box()
m = b.items()
print(m.__name__, m.__qualname__, m.gi_code.co_name)
n = b.nested()
print(n.__name__, n.__qualname__, n.gi_code.co_name)
m.__name__ = "renamed"
print(m.__name__, m.gi_code.co_name)
print(type(m).__name__, iter(m) is m)
print(m.gi_code is Box.items.__code__)
