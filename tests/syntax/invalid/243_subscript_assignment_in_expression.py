x = [1]
y = x[0] = 1 if x else 2
print(a[0] = 1)
