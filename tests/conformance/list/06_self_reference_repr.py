a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2] is a, a[2][2][0])
b = [a, [a]]
print(b)
d = {"list": a}
a.append(d)
print(a)
c = []
c.append([c])
print(c, str(c))
