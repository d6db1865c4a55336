import weakref


class K:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "K(%s)" % self.name


a, b, c = K("a"), K("b"), K("c")
d = weakref.WeakKeyDictionary()
d[a] = 1
d[b] = [2]
print(len(d), d[a], d[b], a in d, c in d, d.get(a), d.get(c), d.get(c, "no"))
print(1 in d, "s" in d, [] in d)
print(repr(d).startswith("<WeakKeyDictionary at 0x"))
try:
    d[c]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
try:
    d[1] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get("s")
except TypeError as e:
    print(type(e).__name__, e)
d[a] = 10
print(len(d), d[a])
del d[a]
print(len(d), a in d)
try:
    del d[a]
except KeyError:
    print("KeyError on del")
d2 = weakref.WeakKeyDictionary({a: 1, b: 2})
print(sorted(d2.values()), [k.name for k in d2], [(k.name, v) for k, v in d2.items()])
d3 = weakref.WeakKeyDictionary([(c, 3)])
print(list(d3.items()))
print(d2 == {a: 1, b: 2}, d2 == {a: 1})
try:
    weakref.WeakKeyDictionary(x=1)
except TypeError as e:
    print(type(e).__name__, e)
d2.clear()
print(len(d2))
