xs = [1, 2, 3]
a = sum(x for x in xs)
b = max(x * 2 for x in xs if x > 1)
c = list(x for x in xs)
d = sorted((x for x in xs), reverse=True)
e = dict((k, v) for k, v in zip("ab", xs))
f = any(x > 2 for x in xs)
g = "".join(str(x) for x in xs)
print(a, b, c, d, e, f, g)
