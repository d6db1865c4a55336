x = 3.14159
w = 10
p = 3
a = f"{x:{w}}"
b = f"{x:{w}.{p}f}"
c = f"{x:>{w}}"
d = f"{'s':{'>'}{w}}"
e = f"{x:{'.2f'}}"
print(a, b, c, d, e)
