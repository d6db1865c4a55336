items = {"a": 1, "b": 2}
a = f"{ {'k': 1}['k'] }"
b = f"{(lambda v: v * 2)(3)}"
c = f"{sum(v for v in items.values())}"
d = f"{items!r}"
e = f"{*items,}"
g = f"{3.0:.1f}" f"{-1:+d}"
h = f"{ x if (x := 5) else 0 }"
print(a, b, c, d, e, g, h)
