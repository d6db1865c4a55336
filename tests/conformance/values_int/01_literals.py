a = 42
b = -17
c = 0
d = 1_000_000
e = 0x1F
f = 0o17
g = 0b1011
print(a, b, c, d, e, f, g)
print(type(a).__name__, type(d).__name__)
print(0xff + 0o10 + 0b1)
print(repr(-0), 00, 0_0)
