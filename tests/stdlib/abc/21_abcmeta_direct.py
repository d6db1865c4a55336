from abc import ABCMeta, ABC, abstractmethod


class Reader(metaclass=ABCMeta):
    @abstractmethod
    def read(self): ...


print(type(Reader) is ABCMeta, ABC in Reader.__mro__, Reader.__mro__[-1].__name__)
try:
    Reader()
except TypeError as e:
    print(e)

# ABCMeta called like type()
Dyn = ABCMeta('Dyn', (), {'go': abstractmethod(lambda self: None), 'x': 1})
print(Dyn.__name__, Dyn.__abstractmethods__, Dyn.x, type(Dyn).__name__)
try:
    Dyn()
except TypeError as e:
    print(e)
Impl = ABCMeta('Impl', (Dyn,), {'go': lambda self: 'went'})
print(Impl().go(), Impl.__abstractmethods__)

Dyn2 = type('Dyn2', (ABC,), {'stop': abstractmethod(lambda self: None)})
print(type(Dyn2).__name__, Dyn2.__abstractmethods__)

# ABC itself
print(ABC.__slots__, ABC.__abstractmethods__, ABC.__bases__, ABC.__module__)
print(ABCMeta.__module__, ABCMeta.__name__, ABCMeta.__bases__)
print(type(ABC()).__name__)
try:
    ABC().x = 1
except AttributeError as e:
    print(type(e).__name__, e)

# subclasses of an ABC without __slots__ get a __dict__
class Free(ABC):
    pass


f = Free()
f.x = 1
print(f.x, hasattr(f, '__dict__'))

# plain classes have no __abstractmethods__
try:
    object.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(int, '__abstractmethods__'), hasattr(type, '__abstractmethods__'))
try:
    type.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)
