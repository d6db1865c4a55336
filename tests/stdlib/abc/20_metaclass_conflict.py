from abc import ABC, ABCMeta, abstractmethod


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


try:
    class Both(WithMeta, ABC):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# the fix: a metaclass deriving from both
class MetaABC(Meta, ABCMeta):
    pass


class Both(WithMeta, ABC, metaclass=MetaABC):
    @abstractmethod
    def go(self): ...


print(type(Both).__name__, [m.__name__ for m in type(Both).__mro__])
try:
    Both()
except TypeError as e:
    print(e)


class Done(Both):
    def go(self):
        return 'gone'


print(type(Done).__name__, Done().go())

# a metaclass derived from ABCMeta is picked automatically for subclasses
class Registry(ABCMeta):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        mcls.classes.append(name)
        return cls


class Plugin(metaclass=Registry):
    @abstractmethod
    def run(self): ...


class PluginA(Plugin, ABC):
    def run(self):
        return 'A'


print(Registry.classes, type(PluginA).__name__, PluginA().run())
print(isinstance(PluginA(), ABC), issubclass(PluginA, Plugin))

# metaclass=type is overridden by the more derived ABCMeta of the base
class Quiet(ABC, metaclass=type):
    pass


print(type(Quiet).__name__)
# but an unrelated metaclass conflicts
try:
    class Bad(ABC, metaclass=Meta):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# ABCMeta with a plain type base is fine
class Mixed(int, metaclass=ABCMeta):
    pass


print(Mixed(5) + 1, type(Mixed).__name__, Mixed.__abstractmethods__)
