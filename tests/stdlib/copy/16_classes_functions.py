import copy

def func(x):
    return x + 1
class Klass:
    def method(self):
        return "m"

print(copy.copy(func) is func, copy.deepcopy(func) is func)
print(copy.copy(Klass) is Klass, copy.deepcopy(Klass) is Klass)
lam = lambda: 0
print(copy.copy(lam) is lam, copy.deepcopy(lam) is lam)
print(copy.deepcopy(len) is len, copy.copy(print) is print)
print(copy.deepcopy(int) is int, copy.deepcopy(type) is type)

# function attributes are not copied: it is the very same object
func.tag = [1]
f2 = copy.deepcopy(func)
print(f2.tag is func.tag)

# inside containers, functions and classes stay shared
table = {"f": func, "k": Klass, "list": [func, Klass]}
t2 = copy.deepcopy(table)
print(t2["f"] is func, t2["k"] is Klass, t2["list"][0] is func, t2["list"] is not table["list"])

# bound methods: copy gives a new bound method object, deepcopy copies the instance
obj = Klass()
obj.data = [1]
bm = obj.method
bm2 = copy.copy(bm)
print(type(bm2).__name__, bm2 == bm, bm2.__self__ is obj)
bm3 = copy.deepcopy(bm)
print(type(bm3).__name__, bm3.__self__ is obj, bm3.__func__ is Klass.method, bm3.__self__.data == obj.data)
print(bm3())

# property objects are treated as immutable
prop = property(lambda self: 1)
print(copy.copy(prop) is prop, copy.deepcopy(prop) is prop)
# modules are not copyable
import math
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(math)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
# a builtin method is atomic even for deepcopy: it still appends to the original
lst = [3, 1]
app = copy.deepcopy(lst.append)
app(9)
print(lst, app.__self__)
