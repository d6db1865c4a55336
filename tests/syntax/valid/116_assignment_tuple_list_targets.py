a, b = 1, 2
(c, d) = 3, 4
[e, f] = [5, 6]
g, (h, i) = 7, (8, 9)
[j, [k, l]] = 10, (11, 12)
(m, n), o = "mn", "o"
a, b = b, a
p, = [1]
(q,) = (2,)
[r] = [3]
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r)
