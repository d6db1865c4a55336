# repr of live and dead weak references (addresses cut off), and plain references are shared
import weakref
class Node:
    pass
def cb(r):
    pass
n = Node()
r = weakref.ref(n)
print(repr(r).split(";")[1].split(" at")[0])
print(weakref.ref(n) is r, weakref.ref(n, cb) is r)
print(weakref.getweakrefcount(n))
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError", e)
del n
print(repr(r).split(";")[1])
print(r() is None, weakref.getweakrefcount(r))
