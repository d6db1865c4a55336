a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1})
print(list(a.items()), list(b.items()))
c = dict(a)
c["x"] = 100
print(a, c)
try:
    print(a < b)
except TypeError as e:
    print(type(e).__name__, e)
d = {}
for w in "the cat and the hat and the bat".split():
    d[w] = d.get(w, 0) + 1
print(d)
