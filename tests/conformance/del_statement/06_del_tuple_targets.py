a, b, c = [1], [2], [3]
keep = b
del (a, c)
print(keep, "a" in dir(), "b" in dir())
data = {"x": 1, "y": 2, "z": 3}
lst = [10, 20, 30, 40]
del data["x"], lst[0], data["y"]
print(data, lst)
class O:
    pass
o = O()
o.p, o.q = 1, 2
del o.p, o.q
print(vars(o))
