a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
xs = [5, 6, 7]
xs[0], xs[2] = xs[2], xs[0]
print(xs)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
class P:
    pass
p = P()
p.x, p.y = "x", "y"
p.x, p.y = p.y, p.x
print(p.x, p.y)
d = {}
d["a"], d["b"] = d.get("a", 0) + 1, 2
print(d)
