a = []
b = {}
c = ()
d = set()
e = f"" if False else ""
f = print
f()
g = [[], {}, ()]
print(a, b, c, d, e, g)
