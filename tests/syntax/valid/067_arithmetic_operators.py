a = 7 + 3
b = 7 - 3
c = 7 * 3
d = 7 / 3
e = 7 // 3
f = 7 % 3
g = 7 ** 3
h = -7 // 2
i = -7 % 3
print(a, b, c, d, e, f, g, h, i)
