x = 0
a = not not not x
b = (1 < 2) < 3
c = 1 < (2 < 3)
d = not (x == 1) == (x == 0)
e = (not x) is True
print(a, b, c, d, e)
