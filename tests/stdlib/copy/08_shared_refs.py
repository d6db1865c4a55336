import copy

shared = [1, 2]
outer = [shared, shared, [shared]]
d = copy.deepcopy(outer)
print(d)
print(d[0] is d[1], d[0] is d[2][0], d[0] is shared)
d[0].append(3)
print(d, outer)

s = copy.copy(outer)
print(s[0] is shared, s[1] is shared)

# shared between dict values and keys' objects
obj = {"x": 1}
data = {"first": obj, "second": obj, "list": [obj, obj]}
dd = copy.deepcopy(data)
print(dd["first"] is dd["second"], dd["list"][0] is dd["first"], dd["first"] is obj)

# sharing inside instances
class Node:
    def __init__(self, name):
        self.name = name
        self.links = []
a, b = Node("a"), Node("b")
a.links.append(b)
hub = [a, b]
h2 = copy.deepcopy(hub)
print(h2[0].links[0] is h2[1], h2[1] is not b)

# sharing across separate deepcopy calls is not preserved
x = [shared]
y = [shared]
x2, y2 = copy.deepcopy(x), copy.deepcopy(y)
print(x2[0] is y2[0])
# but one call on a tuple of both preserves it
x3, y3 = copy.deepcopy((x, y))
print(x3[0] is y3[0])

# the same immutable tuple of mutables, shared
t = ([0],)
pair = [t, t]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is t, p2[0][0] is t[0])
