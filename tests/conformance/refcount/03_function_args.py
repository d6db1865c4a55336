import sys
def show(a):
    print("param", sys.getrefcount(a))
    b = a
    print("param + local", sys.getrefcount(a))
    return a
x = []
print("before", sys.getrefcount(x))
show(x)
print("after", sys.getrefcount(x))
kept = show(x)
print("returned and kept", sys.getrefcount(x))
show([])
def star(*args):
    print("in *args", sys.getrefcount(args[0]))
star(x)
def kw(**opts):
    print("in **kwargs", sys.getrefcount(opts["v"]))
kw(v=x)
