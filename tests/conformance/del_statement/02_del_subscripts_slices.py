xs = list(range(10))
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[2:4]
print(xs)
del xs[::2]
print(xs)
del xs[:]
print(xs)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
nested = {"k": [1, 2, 3]}
del nested["k"][1]
print(nested)
m = [[1, 2], [3, 4]]
del m[0][0], m[1]
print(m)
