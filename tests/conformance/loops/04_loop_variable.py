for i in range(5):
    pass
print(i)
for i in []:
    pass
print(i)
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
x = 10
for x in "ab":
    pass
print(x)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
print(a, b, c)
