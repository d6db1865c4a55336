for *init, last in [(1, 2, 3), (4, 5)]:
    print(init, last)
for a, *b, c in ["abcd"]:
    print(a, b, c)
for (x, *y), z in [((1, 2, 3), 4)]:
    print(x, y, z)
