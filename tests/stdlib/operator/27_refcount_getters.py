import operator
import sys

key = ["payload"]
base = sys.getrefcount(key)
ig = operator.itemgetter(key)
print("itemgetter holds one:", sys.getrefcount(key) - base)
ig2 = operator.itemgetter(key, key, 0)
print("with a second getter holding it twice:", sys.getrefcount(key) - base)
del ig
print("after del ig:", sys.getrefcount(key) - base)
del ig2
print("after del ig2:", sys.getrefcount(key) - base)

arg = {"k": 1}
kw = [1, 2]
base_a = sys.getrefcount(arg)
base_k = sys.getrefcount(kw)
mc = operator.methodcaller("get", arg, default=kw)
print("methodcaller arg:", sys.getrefcount(arg) - base_a, "kw:", sys.getrefcount(kw) - base_k)
del mc
print("after del mc:", sys.getrefcount(arg) - base_a, sys.getrefcount(kw) - base_k)

obj = [3, 4, 5]
base_o = sys.getrefcount(obj)
item = operator.itemgetter(slice(0, 2))(obj)
print(item, sys.getrefcount(obj) - base_o)
pair = operator.itemgetter(0, 0)([obj])
print(len(pair), sys.getrefcount(obj) - base_o)
del pair
print(sys.getrefcount(obj) - base_o)
