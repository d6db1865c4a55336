x, y = 1, 2
a = x < y
b = x > y
c = x <= y
d = x >= y
e = x == y
f = x != y
g = x is y
h = x is not y
i = x in [1, 2]
j = x not in [1, 2]
print(a, b, c, d, e, f, g, h, i, j)
