from collections import OrderedDict

a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
d = {"y": 2, "x": 1}
print(a == b, a != b, b == a)
print(a == d, d == a, b == d)
print(a == dict(a), a == OrderedDict(a))
print(list(a.items()) == list(b.items()))
print(a.keys() == b.keys(), a.items() == b.items(), a.values() == b.values())
print(OrderedDict() == {}, OrderedDict() == OrderedDict())
print(a == [("x", 1), ("y", 2)])
b.move_to_end("y")
print(a == b)


class OD2(OrderedDict):
    pass


print(OD2(a) == a, OD2(reversed(a.items())) == a, OD2(reversed(a.items())) == dict(a))
try:
    print(a < b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(a, dict), issubclass(OrderedDict, dict), type(a).__name__)
print(OrderedDict.__module__)
c = OrderedDict.fromkeys("abc", 0)
e = OrderedDict.fromkeys("acb", 0)
print(c == e, dict(c) == dict(e), sorted(c.items()) == sorted(e.items()))
print({1: a} == {1: b})
print([a] == [OrderedDict(a)])
