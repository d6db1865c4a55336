x = 1
y = x
z = "s"
w = None
t = True
f = False
print(x, y, z, w, t, f)
