a = b = c = 1
del a
del b, c
lst = list(range(10))
del lst[0]
del lst[1:3]
del lst[::2]
d = {"k": 1, "j": 2}
del d["k"]
class O:
    pass
o = O()
o.x = o.y = 1
del o.x
del (o.y)
x, y, z = 1, 2, 3
del (x, y)
del [z]
d2 = {"a": [1, 2]}
del d2["a"][0], d2["a"]
