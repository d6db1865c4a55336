d = {}
for key in [[1], {"a": 1}, {1, 2}]:
    try:
        d[key] = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print([1] in d)
except TypeError as e:
    print(type(e).__name__, e)
d[frozenset([1, 2])] = "fs"
d[(1, (2, 3))] = "tuple"
print(d)
