from abc import ABC, abstractmethod


class Config(ABC):
    @abstractmethod
    def path(self): ...

    @abstractmethod
    def size(self): ...

    @abstractmethod
    def mode(self): ...

    @abstractmethod
    def hook(self): ...


class Concrete(Config):
    path = '/etc/thing'      # a plain class attribute
    size = None              # None also counts as an override
    mode = property(lambda self: 'r')
    hook = len               # a builtin


print(sorted(Concrete.__abstractmethods__))
c = Concrete()
print(c.path, c.size, c.mode, c.hook('abc'))


# an attribute set to an object that claims to be abstract keeps it abstract
class Claims:
    __isabstractmethod__ = True


class StillAbstract(Config):
    path = Claims()
    size = 0
    mode = 0
    hook = 0


print(sorted(StillAbstract.__abstractmethods__))


# __isabstractmethod__ false-y values do not count
class Falsy:
    __isabstractmethod__ = 0


class Sneaky(ABC):
    thing = Falsy()
    other = Claims()


print(sorted(Sneaky.__abstractmethods__))


# instance attributes do not help: the check is on the class
class Late(Config):
    def __init__(self):
        self.path = self.size = self.mode = self.hook = 1


try:
    Late()
except TypeError as e:
    print(e)

# __abstractmethods__ can be set by hand
Late.__abstractmethods__ = frozenset()
print(Late().path)
Late.__abstractmethods__ = {'x', 'y'}
try:
    Late()
except TypeError as e:
    print(e)
print(type(Late.__abstractmethods__).__name__)
