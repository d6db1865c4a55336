class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
a = g[:, 1]
b = g[1:2, ::3]
c = g[1, 2]
d = g[1,]
e = g[(1, 2)]
f = g[::, :]
h = g[1:2:3, 4:5, :]
i = g[x + 1 : y - 1] if (x := 1) and (y := 5) else None
print(a, b, c, d, e, f, h, i)
