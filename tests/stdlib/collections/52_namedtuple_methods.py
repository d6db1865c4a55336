from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
print(P._make([3, 4]), P._make((5, 6)), P._make(iter([7, 8])), P._make(range(2)))
for bad in ([1], [1, 2, 3]):
    try:
        P._make(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(p._replace(x=10), p._replace(), p._replace(y=0, x=0), p)
try:
    p._replace(z=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=1, w=2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    p._replace(1)
except TypeError as e:
    print(type(e).__name__, e)
d = p._asdict()
print(d, type(d).__name__)
d["z"] = 3
print(p._asdict())
print(P._fields, p._fields, P._field_defaults)
print(type(P._make).__name__, type(p._replace).__name__)
print(p.count(1), p.index(2), P(1, 1).count(1))
try:
    p.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(p.__getnewargs__())
q = P(*p)
print(q == p, q is p)
r = P(**p._asdict())
print(r)
print(p._replace(x=[1])._asdict())
Nested = namedtuple("Nested", "a b")
n = Nested(P(1, 2), [P(3, 4)])
print(n._asdict())
print(vars(P)["_fields"] if "_fields" in vars(P) else "no")
