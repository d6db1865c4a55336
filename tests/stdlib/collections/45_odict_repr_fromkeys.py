from collections import OrderedDict

print(repr(OrderedDict()))
print(repr(OrderedDict(a=1, b=2)))
print(repr(OrderedDict([(1, "one"), ((2, 3), [4])])))
print(str(OrderedDict(z=None)))
od = OrderedDict(a=1)
od["self"] = od
print(od)
nested = OrderedDict(inner=OrderedDict(k="v"))
print(nested)
print(OrderedDict.fromkeys("abc"))
print(OrderedDict.fromkeys(["x", "y"], 0))
print(OrderedDict.fromkeys([]))
print(OrderedDict.fromkeys(range(3), []))
shared = OrderedDict.fromkeys("pq", [])
shared["p"].append(1)
print(shared)
try:
    OrderedDict.fromkeys(5)
except TypeError as e:
    print(type(e).__name__, e)
print(OrderedDict([("b", 2), ("a", 1)]))
print(OrderedDict({"b": 2, "a": 1}))
print(OrderedDict(OrderedDict(q=1)))
try:
    OrderedDict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    OrderedDict({}, {})
except TypeError as e:
    print(type(e).__name__, e)


class Sub(OrderedDict):
    pass


print(repr(Sub(a=1)), repr(Sub()))
print(type(Sub.fromkeys("ab")).__name__, Sub.fromkeys("ab"))
print(OrderedDict(a=1) | {"b": 2}, {"b": 2} | OrderedDict(a=1))
print(type({"b": 2} | OrderedDict(a=1)).__name__)
u = OrderedDict(a=1, b=2)
u |= {"a": 10, "c": 3}
print(u)
c = u.copy()
c["d"] = 4
print(type(c).__name__, c, u)
print(OrderedDict([("k", "it's")]))
