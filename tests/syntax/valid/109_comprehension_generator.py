xs = [3, 1, 2]
g = (x * x for x in xs)
h = (x for x in xs if x for y in range(x))
total = sum((x for x in xs))
first = next(x for x in xs if x > 1)
nested = ((a, b) for a in xs for b in xs)
print(list(g), list(h), total, first, list(nested))
