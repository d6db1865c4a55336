xs = [10, 20, 30]
flag = True
a = xs[0 if flag else 1]
b = xs[1 if flag else 0:]
c = max(xs, key=lambda v: -v if flag else v)
d = xs[-1] if xs else None
print(a, b, c, d)
