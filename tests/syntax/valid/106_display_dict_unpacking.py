base = {"a": 1}
extra = {"b": 2}
a = {**base}
b = {**base, **extra}
c = {"z": 0, **base, "y": 1, **extra}
d = {**{"inline": True}}
e = {
    **base,
    "c": 3,
}
print(a, b, c, d, e)
