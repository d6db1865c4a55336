a = [1, 2]
b = (3, 4)
c = [*a, *b]
d = (*a, 5)
e = {*a, *b, 6}
f = [*a]
g = *a, *b
h = (*a,)
i = [0, *range(3), *"xy"]
print(c, d, e, f, g, h, i)
