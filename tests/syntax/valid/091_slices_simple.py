a = list(range(10))
b = a[1:2]
c = a[::2]
d = a[:]
e = a[::]
f = a[-3:]
g = a[:-3]
h = a[1:8:3]
i = a[::-1]
j = a[len(a) // 2 :]
print(b, c, d, e, f, g, h, i, j)
