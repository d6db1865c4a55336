import random


class OnlyRandom(random.Random):
    def random(self):
        return 0.999


class Child(OnlyRandom):
    pass


class ChildBits(OnlyRandom):
    def getrandbits(self, k):
        return 1


class Mixin:
    def getrandbits(self, k):
        return 2


class Mixed(Mixin, OnlyRandom):
    pass


class Plain(random.Random):
    pass


W = random.Random._randbelow_with_getrandbits
WO = random.Random._randbelow_without_getrandbits
for cls in [OnlyRandom, Child, ChildBits, Mixed, Plain, random.SystemRandom]:
    b = cls._randbelow
    print(cls.__name__, 'with' if b is W else 'without' if b is WO else '?',
          '_randbelow' in cls.__dict__)
print(Child().randrange(10), ChildBits().randrange(10), Mixed().randrange(10))
p = Plain(5)
print(p.random() == random.Random(5).random())


class Kw(random.Random):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag


class Sub(Kw, flag='set'):
    def random(self):
        return 0.25


print(Sub.flag, Sub._randbelow is WO, Sub().randrange(8))
