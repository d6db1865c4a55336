a = 1
b = [1, 2]
print(a, b)
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
c = b
del b
print(c)
x, y, z = 1, 2, 3
del x, y
print(z, "x" in dir(), "z" in dir())
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
