import functools
import sys

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

# a partial holds its positional and keyword arguments
a, k = Tracked("arg"), Tracked("kw")
ba, bk = sys.getrefcount(a), sys.getrefcount(k)
p = functools.partial(print, a, key=k)
print("partial holds:", sys.getrefcount(a) - ba, sys.getrefcount(k) - bk)
del a, k
print("names gone")
del p
print("partial gone")

# an lru_cache holds results (and arguments) until evicted or cleared
@functools.lru_cache(maxsize=2)
def make(n):
    return Tracked(f"result{n}")
make(1); make(2)
print("two cached")
make(3)
print("after third call (result1 evicted)")
make.cache_clear()
print("after cache_clear")

# cached_property value lives in the instance __dict__
class Owner:
    @functools.cached_property
    def res(self):
        return Tracked("cached")
o = Owner()
o.res
print("cached in dict:", type(o.__dict__["res"]).__name__)
del o.res
print("after del attribute")
o.res
del o
print("owner gone")

# reduce drops intermediate results as it goes
def combine(x, y):
    return Tracked(x.name + "+" + y.name)
r = functools.reduce(combine, [Tracked("a"), Tracked("b"), Tracked("c")])
print("reduced:", r.name)
del r
print("end")
