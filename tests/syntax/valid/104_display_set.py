a = {1}
b = {1, 2, 3}
c = {1, 2,}
d = set()
e = {(1, 2), "s", 3.5}
f = frozenset({1, 2})
print(a, b, c, d, e, f)
