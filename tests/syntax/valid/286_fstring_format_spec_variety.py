x, n, w, left = 3.14159, 255, 10, True
a = f"{x:+}|{x: }|{n:=^10}|{n:#x}|{n:#b}|{n:#o}"
b = f"{x:.3e}|{x:g}|{x:10.4}|{'s':<{w}s}|{n:*>10}"
c = f"{x:{'<' if left else '>'}10}"
d = f"{n = !r:^20}"
e = f"{n:X}|{n:o}|{n:b}|{-n:+05d}|{1e6:,.2f}"
print(a, b, c, d, e, sep="\n")
