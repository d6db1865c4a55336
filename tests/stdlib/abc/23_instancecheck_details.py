from abc import ABC, abstractmethod


class Duck(ABC):
    pass


class RealDuck(Duck):
    pass


class Robot:
    pass


Duck.register(Robot)


# isinstance also looks at __class__ when it differs from type()
class Disguised:
    @property
    def __class__(self):
        return RealDuck


d = Disguised()
print(type(d).__name__, d.__class__.__name__)
print(isinstance(d, Duck), isinstance(d, RealDuck), isinstance(d, Disguised))
print(issubclass(type(d), Duck))


class Proxy:
    def __init__(self, target):
        self._t = target

    @property
    def __class__(self):
        return type(self._t)


p = Proxy(Robot())
print(isinstance(p, Duck), isinstance(p, Robot), isinstance(p, Proxy))
print(isinstance(Proxy(3), Duck), isinstance(Proxy(3), int))

# tuples of classes, including ABCs
print(isinstance(Robot(), (int, Duck)), isinstance(5, (str, Duck)),
      issubclass(Robot, (int, (str, Duck))))

# the ABC's __instancecheck__ and __subclasscheck__ can be called directly
print(Duck.__instancecheck__(Robot()), Duck.__subclasscheck__(Robot),
      Duck.__subclasscheck__(int))
try:
    Duck.__subclasscheck__(Robot())
except TypeError as e:
    print(type(e).__name__, e)


# registering a class later changes earlier answers (caches are invalidated)
class Late:
    pass


print(isinstance(Late(), Duck))
Duck.register(Late)
print(isinstance(Late(), Duck))


class LateChild(Late):
    pass


print(issubclass(LateChild, Duck), issubclass(LateChild, RealDuck))
print(sorted(c.__name__ for c in Duck.__subclasses__()))
