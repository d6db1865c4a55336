xs = range(-3, 4)
a = [x if x > 0 else -x for x in xs]
b = [x for x in (xs if xs else [])]
c = [(lambda v: v)(x) for x in xs]
d = [lambda: x for x in xs]
e = [not x for x in xs]
f = [x for x in xs if not x or x > 2]
print(a, b, c, len(d), e, f)
