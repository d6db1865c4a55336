import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __repr__(self):
        return "Node(%s)" % self.name


gc.collect()
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
wvd = weakref.WeakValueDictionary(a=a, b=b)
wkd = weakref.WeakKeyDictionary({a: 1, b: 2})
ws = weakref.WeakSet([a, b])
del a, b
print(len(wvd), len(wkd), len(ws))
print(gc.collect() >= 2)
print(len(wvd), len(wkd), len(ws), list(wvd), list(wkd), list(ws))

# a container holding values that reference the container itself
d = weakref.WeakValueDictionary()
n = Node("self")
n.peer = d
d["n"] = n
del n
print(len(d))

# a WeakKeyDictionary whose value references its key: a strong cycle through the dict
wk = weakref.WeakKeyDictionary()
k = Node("k")
wk[k] = [k]
del k
print("still there", len(wk))
wk.clear()
gc.collect()
print(len(wk))

# the container itself in a cycle with its values
c = weakref.WeakValueDictionary()
v = Node("v")
v.peer = c
c["v"] = v
c_ref = weakref.ref(c)
v_ref = weakref.ref(v)
del c, v
gc.collect()
print(c_ref() is None, v_ref() is None)
