a = list(range(20))
lo, hi, step = 2, 15, 3
b = a[lo:hi:step]
c = a[lo + 1 : hi - 1]
d = a[-lo::-step]
e = a[a[1]:a[5]]
f = a[:(lambda: 4)()]
g = a[True:]
print(b, c, d, e, f, g)
