class Row(list):
    pass

r = Row(range(10))
print(r[0], r[-1], r[3])
s = r[2:5]
print(s, type(s).__name__)
t = r[::3]
print(t, type(t).__name__)
print(type(r[:]).__name__, r[:] == r, r[:] is r)
r[0] = 100
r[1:3] = ["a", "b", "c"]
print(r, len(r))
del r[0]
del r[-2:]
print(r)
total = []
for x in r:
    total.append(x)
print(total)
print("a" in r, 100 in r, 6 in r, "z" not in r)
print([x for x in r if isinstance(x, int)])
print(list(enumerate(Row("xy"))))
it = iter(Row([1, 2]))
print(next(it), next(it), next(it, "done"))
