def inner():
    print("inner start")
    a = yield "inner ready"
    print("inner got", a)
    b = yield "inner second"
    print("inner got", b)
    return a + b
def outer():
    print("outer start")
    result = yield from inner()
    print("yield from value:", result)
    c = yield "outer own"
    print("outer got", c)
    return "outer done"
g = outer()
print(g.send(None))
print(g.send(3))
print(g.send(4))
try:
    g.send("last")
except StopIteration as e:
    print("outer returned", e.value)
def top():
    r = yield from outer()
    print("top saw", r)
    return r.upper()
t = top()
print(next(t))
print(t.send(10))
print(t.send(20))
try:
    t.send("x")
except StopIteration as e:
    print("top returned", e.value)
def over_list():
    yield from [1, 2, 3]
o = over_list()
print(next(o), o.send(None))
try:
    o.send("value")
except AttributeError as e:
    print("AttributeError:", e)
print("suspended:", o.gi_suspended)
