a = 1.
b = .5
c = 1e10
d = 1.5E-7
e = 1_0.0_1
f = 0.0
g = 1e+5
h = 1E5
i = 1.e5
j = .5e-3
k = 007.5
l = 0_0.5
m = 1_000.000_1e1_0
print(a, b, c, d, e, f, g, h, i, j, k, l, m)
