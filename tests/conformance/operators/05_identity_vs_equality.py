a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, c is not a)
print(None is None, type(None).__name__)
x = None
print(x is None, x == None, x is not None)
t1 = ()
t2 = ()
print(t1 == t2, len(t1))
print(True is True, (1 == 1) is True, bool(1) is True)
def f():
    pass
print(f() is None, f is f)
print(id(a) == id(c), id(a) == id(b))
