# __class__ assignment on module objects (ModuleType subclasses)
import types, sys

class Verbose(types.ModuleType):
    def __getattr__(self, name):
        return "missing:" + name
    def __repr__(self):
        return "<Verbose module %s>" % self.__name__

m = types.ModuleType("demo")
m.value = 10
print(type(m).__name__, m.value)
m.__class__ = Verbose
print(type(m).__name__, m.value, m.other, repr(m))
m.__class__ = types.ModuleType
try:
    m.other
except AttributeError as e:
    print(type(e).__name__, e)

class NotModule:
    pass
try:
    m.__class__ = NotModule
except TypeError as e:
    print(type(e).__name__, e)

class Frozen(types.ModuleType):
    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)
m.__class__ = Frozen
try:
    m.value = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(m.value)
