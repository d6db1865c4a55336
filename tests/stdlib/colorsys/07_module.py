import colorsys

print(sorted(colorsys.__all__))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
ns = {}
exec("from colorsys import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
for name in colorsys.__all__:
    f = getattr(colorsys, name)
    print(name, f.__name__, f.__module__)
