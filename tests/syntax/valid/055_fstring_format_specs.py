x = 3.14159
n = 1234567
a = f"{x:.2f}"
b = f"{x:>8}"
c = f"{x:<8}|"
d = f"{x:^8}"
e = f"{n:,}"
g = f"{255:x}"
h = f"{x:08.3f}"
i = f"{0.25:%}"
j = f"{n:e}"
k = f"{n:_}"
print(a, b, c, d, e, g, h, i, j, k)
