a = []
a.append(a)
b = {"x": a}
a.append(b)
print(a)
print(b)
t = (a,)
print(t)
s = [[a]]
print(s, len(str(s)))
print(a == a, a[0] is a)
