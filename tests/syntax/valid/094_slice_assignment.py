a = list(range(10))
a[1:3] = [10, 20, 30]
a[::2] = [0] * len(a[::2])
a[:] = a
a[-1:] = []
print(a)
