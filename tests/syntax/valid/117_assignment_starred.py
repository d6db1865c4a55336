first, *rest = [1, 2, 3]
*init, last = [1, 2, 3]
a, *middle, z = "abcde"
[x, *ys] = range(4)
(*zs,) = (1, 2)
*ws, = [5]
h, *t = ()  if False else [1]
p, (q, *r) = 1, (2, 3, 4)
print(first, rest, init, last, a, middle, z, x, ys, zs, ws, h, t, p, q, r)
