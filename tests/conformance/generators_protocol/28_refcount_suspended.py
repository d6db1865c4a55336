import sys
class Thing:
    pass
def gen(items, thing):
    alias = items
    yield len(alias)
    yield thing
data = []
obj = Thing()
base_data = sys.getrefcount(data)
base_obj = sys.getrefcount(obj)
print("baseline", base_data, base_obj)
g = gen(data, obj)
print("created", sys.getrefcount(data) - base_data, sys.getrefcount(obj) - base_obj)
next(g)
print("suspended", sys.getrefcount(data) - base_data, sys.getrefcount(obj) - base_obj)
g.close()
print("closed", sys.getrefcount(data) - base_data, sys.getrefcount(obj) - base_obj)
del g
print("deleted", sys.getrefcount(data) - base_data, sys.getrefcount(obj) - base_obj)
g = gen(data, obj)
print(list(g) == [0, obj])
print("exhausted", sys.getrefcount(data) - base_data, sys.getrefcount(obj) - base_obj)
del g
g = gen(data, obj)
next(g)
del g
print("dropped suspended", sys.getrefcount(data) - base_data, sys.getrefcount(obj) - base_obj)
def outer(items):
    yield from gen(items, items)
o = outer(data)
next(o)
print("yield from chain", sys.getrefcount(data) - base_data)
o.close()
print("chain closed", sys.getrefcount(data) - base_data)
ge = (len(x) for x in [data, data])
print("genexpr", sys.getrefcount(data) - base_data)
next(ge)
print("genexpr suspended", sys.getrefcount(data) - base_data)
ge.close()
print("genexpr closed", sys.getrefcount(data) - base_data)
