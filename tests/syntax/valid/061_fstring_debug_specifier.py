x = 10
name = "cellar"
a = f"{x=}"
b = f"{x = }"
c = f"{name=!r}"
d = f"{name=!s}"
e = f"{x=:>5}"
g = f"{x * 2=}"
h = f"{name.upper()=}"
print(a, b, c, d, e, g, h)
