a = b = c = 0
x = y = []
d = e = {"k": a}
p, q = r = (1, 2)
m = [n, o] = [3, 4]
print(a, b, c, x, y, d, e, p, q, r, m, n, o)
