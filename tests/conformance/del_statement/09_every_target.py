class C: pass
o = C(); o.a = 1; o.b = 2
del o.a
print(vars(o))
d = {1: 2, 3: 4}; del d[1]; print(d)
l = list(range(10)); del l[1:3]; del l[::2]; print(l)
a = b = c = 1
del a, b
del (c,)
x, y = 1, 2
del [x, y]
print("a" in dir(), "c" in dir(), "x" in dir())
o.l = [1, 2, 3]; del o.l[0]; print(o.l)
def f():
    z = 1
    def g():
        nonlocal z
        del z
    g()
    try:
        z
    except NameError as e:
        print(type(e).__name__, e)
f()
try:
    del o.missing
except AttributeError as e:
    print(e)
g_ = 5
def h():
    global g_
    del g_
h(); print("g_" in globals())
