v = "text"
a = f"{v!r}"
b = f"{v!s}"
c = f"{v!a}"
d = f"{'café'!a}"
e = f"{v!r:>12}"
f = f"{v!s:^10}"
print(a, b, c, d, e, f)
