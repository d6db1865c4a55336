xs = range(10)
a = [x for x in xs]
b = [x * 2 for x in xs if x % 2]
c = [x for x in xs if x > 2 if x < 8]
d = [(x, y) for x in range(3) for y in range(3)]
e = [(x, y) for x in range(3) if x for y in range(x) if y != x]
f = [x for x, in [(1,), (2,)]]
print(a, b, c, d, e, f)
