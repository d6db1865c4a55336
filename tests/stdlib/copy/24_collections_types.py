import collections
import copy

dd = collections.defaultdict(list)
dd["a"].append(1)
dd2 = copy.deepcopy(dd)
dd3 = copy.copy(dd)
dd2["b"].append(2)
print(type(dd2).__name__, dd2.default_factory is list, dict(dd2), dict(dd))
print(dd3["a"] is dd["a"], dd2["a"] is dd["a"])

od = collections.OrderedDict([("z", [1]), ("a", [2])])
od2 = copy.deepcopy(od)
od2.move_to_end("z")
print(od2, od, od2["a"] is od["a"])

cnt = collections.Counter("abracadabra")
c2 = copy.copy(cnt)
c2["a"] += 10
print(cnt.most_common(2), c2.most_common(2))

dq = collections.deque([[1], [2]], maxlen=5)
dq2 = copy.copy(dq)
dq3 = copy.deepcopy(dq)
print(dq2, dq3, dq2.maxlen, dq2[0] is dq[0], dq3[0] is dq[0])

Point = collections.namedtuple("Point", "x y")
p = Point(1, [2])
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pd, type(pd).__name__, pc is p, pd[1] is p[1])
pi = Point(1, 2)
print(copy.copy(pi) is pi, copy.deepcopy(pi) == pi)
print(p._replace(x=9), p)

cm = collections.ChainMap({"a": [1]}, {"b": 2})
cm2 = copy.copy(cm)
cm3 = copy.deepcopy(cm)
cm2["c"] = 3
print(cm2.maps[0] is cm.maps[0], cm3.maps[0]["a"] is cm.maps[0]["a"], dict(cm))
