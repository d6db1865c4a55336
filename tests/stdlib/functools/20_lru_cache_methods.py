import functools

class Circle:
    instances = 0
    def __init__(self, r):
        self.r = r
    def __hash__(self):
        return hash(self.r)
    def __eq__(self, other):
        return isinstance(other, Circle) and self.r == other.r
    @functools.lru_cache(maxsize=None)
    def area(self):
        print("  computing area for", self.r)
        return 3 * self.r * self.r
    @staticmethod
    @functools.lru_cache
    def unit(name):
        print("  unit", name)
        return name.upper()
    @classmethod
    @functools.lru_cache
    def make(cls, r):
        print("  make", cls.__name__, r)
        return cls(r)

a, b = Circle(2), Circle(2)
print(a.area(), a.area(), b.area())
print(Circle.area.cache_info())
print(Circle.area(a))
print(Circle.unit("cm"), Circle.unit("cm"), a.unit("cm"))
print(Circle.make(1).r, Circle.make(1) is Circle.make(1))
print(Circle.make.cache_info())

# the cache lives on the class-level function: shared by all instances
print(Circle.area.cache_info().currsize)
Circle.area.cache_clear()
print(a.area())

# bound method objects of the cached function
m = a.area
print(type(m).__name__, m.__func__ is Circle.__dict__["area"])
print(hasattr(m, "cache_info"), m.cache_info())

# the wrapper gets a __get__ like a function (descriptor)
print(hasattr(Circle.__dict__["area"], "__get__"))
print(callable(Circle.area))
