x = 5
a = -x
b = +x
c = ~x
d = not x
e = - - x
f = -+~x
g = not not x
h = ~~x
print(a, b, c, d, e, f, g, h)
