# singleton and instance caching via __new__
class Singleton:
    _instance = None
    inits = 0
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        Singleton.inits += 1

a = Singleton()
b = Singleton()
print(a is b, Singleton.inits)

class Interned:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]
    def __repr__(self):
        return "Interned(%r)" % (self.key,)

x = Interned(1)
y = Interned(1)
z = Interned(2)
print(x is y, x is z, x, z)
print(sorted(Interned._cache))

class SubSingleton(Singleton):
    _instance = None

s = SubSingleton()
print(type(s).__name__, s is a, s is SubSingleton(), Singleton.inits)
