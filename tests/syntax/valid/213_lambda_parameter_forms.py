a = lambda *args, key: key
b = lambda x=1, *y, **z: (x, y, z)
c = lambda x, /: x
d = lambda x=1, /, y=2, *, z=3: x + y + z
e = lambda: lambda: None
f = lambda *_: _
print(a(key=1), b(), c(1), d(), e()(), f(1, 2))
