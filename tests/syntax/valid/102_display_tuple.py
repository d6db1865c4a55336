a = ()
b = (1,)
c = (1, 2)
d = (1, 2,)
e = ((),)
f = tuple()
g = (
    1,
    2
)
print(a, b, c, d, e, f, g)
