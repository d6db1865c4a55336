xs = [1, 2, 3]
a = list((x, y) for x in xs for y in xs if x < y)
b = tuple(x for x in xs)
c = set(x % 2 for x in xs)
d = "".join(c for c in "abc" if c != "b")
e = min((x for x in xs), default=None)
f = list(x for x in (y * 2 for y in xs))
print(a, b, c, d, e, f)
