xs = [1, 2, 3]
d = {"k": 10}
a = f"{xs[0] + xs[-1]}"
b = f"{len(xs) * 2}"
c = f"{d['k']}"
e = f'{d["k"]}'
g = f"{xs[1:]}"
h = f"{'yes' if xs else 'no'}"
i = f"{[x * 2 for x in xs]}"
print(a, b, c, e, g, h, i)
