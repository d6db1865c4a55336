a = [1, 2]
b = *a, 3
c = *a,
d = [*a, *a]
e, f, *g = *a, *a
print(b, c, d, e, f, g)
