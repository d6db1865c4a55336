pairs = [(1, (2, 3)), (4, (5, 6))]
a = [a + b + c for a, (b, c) in pairs]
b = [rest for first, *rest in [[1, 2, 3], [4, 5]]]
c = {k: v for (k, v) in [("x", 1)]}
d = [x for [x, y] in [[1, 2]]]
print(a, b, c, d)
