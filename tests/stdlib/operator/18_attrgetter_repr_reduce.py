import operator

for args in [("a",), ("a.b",), ("a", "b.c.d"), ("x.y", "z", "w")]:
    g = operator.attrgetter(*args)
    print(repr(g))
    r = g.__reduce__()
    print("  ", r[0] is operator.attrgetter, r[1], len(r))
    print("  ", repr(r[0](*r[1])) == repr(g))


class O:
    pass


o = O()
o.a = O()
o.a.b = 41
g = operator.attrgetter("a.b")
print(g(o), operator.attrgetter("a.b")(o) + 1)
for bad in [(1,), ("a", 2), (None,), (b"x",)]:
    try:
        operator.attrgetter(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    operator.attrgetter()
except TypeError as e:
    print("TypeError:", e)
try:
    operator.attrgetter("a", x=1)
except TypeError as e:
    print("TypeError:", e)
print(repr(operator.attrgetter("")), repr(operator.attrgetter("a..b")))
try:
    operator.attrgetter("")(o)
except AttributeError as e:
    print("AttributeError:", e)
