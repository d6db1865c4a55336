import weakref

print(sorted(n for n in weakref.__all__ if not n.startswith("Proxy") and n not in ("proxy", "CallableProxyType")))
for name in ["WeakKeyDictionary", "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]:
    obj = getattr(weakref, name)
    print(name, type(obj).__name__, obj.__name__)


def f():
    pass


r = weakref.ref(f)
print(type(r) is weakref.ReferenceType, isinstance(r, weakref.ReferenceType))
print(weakref.getweakrefcount(f), weakref.getweakrefs(f)[0] is r)
r2 = weakref.ref(f, lambda w: None)
print(weakref.getweakrefcount(f), len(weakref.getweakrefs(f)))
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
del r2
print(weakref.getweakrefcount(f))
print(weakref.WeakSet.__module__, weakref.WeakValueDictionary.__module__)
print(repr(weakref.WeakSet))
print(weakref.WeakSet[int], weakref.WeakKeyDictionary[str, int])
