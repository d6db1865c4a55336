import copy
import sys

item = ["payload"]
base = sys.getrefcount(item)
lst = [item, item]
print("list holds:", sys.getrefcount(item) - base)
s = copy.copy(lst)
print("after shallow copy:", sys.getrefcount(item) - base)
d = copy.deepcopy(lst)
print("after deepcopy:", sys.getrefcount(item) - base)
print("deep copy's item shared:", sys.getrefcount(d[0]) - 1 >= 2, d[0] is d[1])
del s
print("after del shallow:", sys.getrefcount(item) - base)
del lst, d
print("back to base:", sys.getrefcount(item) - base)

# deepcopy with a memo keeps originals referenced by the memo
memo = {}
b2 = sys.getrefcount(item)
out = copy.deepcopy([item], memo)
print("memo holds original:", sys.getrefcount(item) - b2 > 0)
del memo
print("after del memo:", sys.getrefcount(item) - b2)
del out

# a dict shallow copy holds the values
val = {"v": 1}
bv = sys.getrefcount(val)
dc = copy.copy({"a": val, "b": val})
print("dict copy holds:", sys.getrefcount(val) - bv)
del dc
print("released:", sys.getrefcount(val) - bv)

# copying an instance: the shallow copy shares attribute values
class Obj:
    pass
o = Obj()
o.attr = val
o2 = copy.copy(o)
print("instance copy shares:", sys.getrefcount(val) - bv)
del o, o2
print("released:", sys.getrefcount(val) - bv)
