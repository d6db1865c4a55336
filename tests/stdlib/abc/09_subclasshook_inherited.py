from abc import ABC, abstractmethod


class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        # the classic pattern: only answer for the class that defines the hook
        if cls is HasLen:
            return hasattr(C, '__len__')
        return NotImplemented


class HasLenAndItems(HasLen):
    pass


print(issubclass(list, HasLen), issubclass(list, HasLenAndItems))


class Careless(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        # no check of cls: every subclass ABC inherits the answer
        return hasattr(C, '__iter__')


class CarelessChild(Careless):
    @abstractmethod
    def extra(self):
        ...


print(issubclass(list, Careless), issubclass(list, CarelessChild))
print(issubclass(int, Careless), issubclass(int, CarelessChild))


class Strict(CarelessChild):
    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented


print(issubclass(list, Strict), issubclass(dict, Strict))
Strict.register(list)
print(issubclass(list, Strict), issubclass(list, CarelessChild))

# the hook must answer True, False or NotImplemented exactly
class Broken(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return {int: 1, str: 'yes', float: None, bytes: 0}.get(C, NotImplemented)


for C in [int, str, float, bytes, list]:
    try:
        print(C.__name__, issubclass(C, Broken))
    except AssertionError as e:
        print(C.__name__, type(e).__name__, e)
