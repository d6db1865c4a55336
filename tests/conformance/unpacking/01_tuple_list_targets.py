a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = [1, 2], 3
print(x, y, z)
[p, q] = "pq"
print(p, q)
first, second, third = range(3)
print(first, second, third)
k, v = ("key", "value")
print(k, v)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
i, j = j, i = 1, 2
print(i, j)
