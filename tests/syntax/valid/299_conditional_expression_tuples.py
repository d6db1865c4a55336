c = True
x = (1, 2) if c else (3,)
y = 1, 2 if c else 3
z = [1] + ([2] if c else [])
w = {"a": 1} if not c else {}
print(x, y, z, w)
