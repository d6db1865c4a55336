x = 5
a = "pos" if x > 0 else "neg"
b = x if x % 2 else x // 2
c = [i if i else -1 for i in range(3)]
d = (lambda: 0) if x else None
e = x if x else x if not x else None
print(a, b, c, d, e)
