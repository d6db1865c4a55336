import sys
item = [1, 2]
print("alone", sys.getrefcount(item))
box = [item]
print("in list", sys.getrefcount(item))
box.append(item)
print("twice in list", sys.getrefcount(item))
t = (item, item, item)
print("in tuple x3", sys.getrefcount(item))
d = {"a": item}
print("dict value", sys.getrefcount(item))
box.pop()
print("popped one", sys.getrefcount(item))
del t
print("tuple gone", sys.getrefcount(item))
d.clear()
box.clear()
print("cleared", sys.getrefcount(item))
