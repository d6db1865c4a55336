a = 12 & 10
b = 12 | 10
c = 12 ^ 10
d = 1 << 10
e = 1024 >> 3
f = ~0 & 0xFF
print(a, b, c, d, e, f)
