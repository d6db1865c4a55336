a = None
b = [1, 2]
c = a is None
d = a is not None
e = 1 in b
f = 3 not in b
g = not 1 in b
h = (a is None) in [True]
print(c, d, e, f, g, h)
