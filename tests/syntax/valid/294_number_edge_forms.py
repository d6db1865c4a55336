a = 0.
b = 0o0_0
c = 0_000
d = 0b0_1
e = 0x0_F
f = 1_1.1_1e1_1
g = 0.0e-0
h = 1e0_0
print(a, b, c, d, e, f, g, h)
