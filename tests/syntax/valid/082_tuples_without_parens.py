a = 1, 2, 3
b = 1,
c = "x", ("y", "z")
d = a, b
for t in 1, 2:
    print(t)
print(a, b, c, d)
