class Obj:
    pass
o = Obj()
o.attr = 1
o.child = Obj()
o.child.value = [0, 0]
o.child.value[1] = 5
d = {}
d["a"] = d["b"] = 1
d[1, 2] = "tuple key"
o.attr, d["c"] = 2, 3
lst = [0] * 5
lst[0], lst[-1] = lst[-1], lst[0]
print(o.attr, o.child.value, d, lst)
