# __class__ assignment between classes with identical slots / via subclasses
class Base:
    __slots__ = ("value",)
    def describe(self):
        return "Base(%r)" % self.value

class Doubled(Base):
    __slots__ = ()
    def describe(self):
        return "Doubled(%r)" % (self.value * 2)

class Tripled(Base):
    __slots__ = ()
    def describe(self):
        return "Tripled(%r)" % (self.value * 3)

o = Base()
o.value = 5
print(o.describe())
for cls in (Doubled, Tripled, Base):
    o.__class__ = cls
    print(o.describe(), type(o).__name__)

class WithExtra(Base): __slots__ = ("extra",)
try:
    o.__class__ = WithExtra
except TypeError as e:
    print(type(e).__name__, e)

class Dicted(Base): pass
try:
    o.__class__ = Dicted
except TypeError as e:
    print(type(e).__name__, e)

class SameShape: __slots__ = ("value",)
o.__class__ = SameShape
print(type(o).__name__, o.value)
