import sys
data = []
def make():
    return lambda: data
f = make()
print("global not captured", sys.getrefcount(data))
def outer():
    local = []
    def inner():
        return local
    print("cell", sys.getrefcount(local))
    return inner, local
g, obj = outer()
print("returned + cell", sys.getrefcount(obj))
del g
print("closure gone", sys.getrefcount(obj))
def with_default(v=data):
    return v
print("default", sys.getrefcount(data))
def gen(v):
    yield v
it = gen(data)
print("generator created", sys.getrefcount(data))
del it
print("generator dropped", sys.getrefcount(data))
