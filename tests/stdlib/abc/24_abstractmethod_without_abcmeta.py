from abc import abstractmethod, ABC


# @abstractmethod has no effect on classes without ABCMeta
class Loose:
    @abstractmethod
    def f(self):
        return 'loose f'


print(Loose().f(), hasattr(Loose, '__abstractmethods__'))
print(Loose.f.__isabstractmethod__)

# the decorator just sets an attribute and returns the same function
def g(self):
    pass


print(abstractmethod(g) is g, g.__isabstractmethod__)


# abstract methods of a plain mixin are not collected, even under an ABC: ABCMeta looks
# only at the new namespace and at the bases' __abstractmethods__
class Mixin:
    @abstractmethod
    def need(self): ...


class Concrete(Mixin):
    pass


class Checked(Mixin, ABC):
    pass


print(Concrete().need(), hasattr(Concrete, '__abstractmethods__'))
print(Checked.__abstractmethods__)
try:
    Checked()
except TypeError as e:
    print(e)

# setting __abstractmethods__ on a plain class also blocks instantiation
class Manual:
    pass


Manual.__abstractmethods__ = frozenset({'a', 'b'})
try:
    Manual()
except TypeError as e:
    print(e)
Manual.__abstractmethods__ = ()
print(type(Manual()).__name__)
try:
    del Manual.__abstractmethods__
    del Manual.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Manual, '__abstractmethods__'))

# lambdas and builtins as abstract methods
class L(ABC):
    x = abstractmethod(lambda self: 1)


print(L.__abstractmethods__)
