xs = [1, 2, 3]
d = {"a": 1}
a = f"{xs[1:2]}"
b = f"{ {'a': 1}['a'] }"
c = f"{(lambda: 5)()}"
e = f"{d['a'] != 2}"
g = f"{xs[0]:03}"
h = f"{xs!r:{len(xs)}}"
print(a, b, c, e, g, h)
