a = True
b = False
c = None
d = True and False or None
e = [True, False, None]
f = {None: True, False: None}
g = not None
print(a, b, c, d, e, f, g)
