# __subclasses__() after a subclass is deleted and collected
import gc

class Base:
    pass

class Keep(Base):
    pass

class Temp(Base):
    pass

class Later(Base):
    pass

print([c.__name__ for c in Base.__subclasses__()])
del Temp
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])

def make(n):
    return [type("Dyn%d" % i, (Base,), {}) for i in range(n)]

made = make(3)
print([c.__name__ for c in Base.__subclasses__()])
del made[1]
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
made.clear()
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])

class Inner(Keep):
    pass
kept = Inner
del Inner
gc.collect()
print([c.__name__ for c in Keep.__subclasses__()], kept.__name__)
