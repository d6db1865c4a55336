i = "outer i"
lst = [i for i in range(3)]
print(lst, i)
total = 10
print([total + k for k in range(3)])
fns = [lambda: k for k in range(3)]
print([f() for f in fns])
print([j for j in range(3)], "j" in dir())
n = 3
print([[n * r + c for c in range(n)] for r in range(n)])
x = [1, 2]
print([x for x in x])
