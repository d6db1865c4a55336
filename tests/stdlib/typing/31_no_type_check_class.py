# no_type_check on a class marks the methods and classes defined in it
from typing import get_type_hints, no_type_check


class Base:
    def inherited(self, x: "Nope"):
        pass


@no_type_check
class Skipped(Base):
    a: "Undefined"

    def meth(self, x: "Nope"):
        pass

    class Nested:
        def deep(self, y: "Zip"):
            pass


print(get_type_hints(Skipped), get_type_hints(Skipped.meth), get_type_hints(Skipped.Nested))
print(get_type_hints(Skipped.Nested.deep), Skipped.Nested.deep.__no_type_check__)
print(hasattr(Base.inherited, '__no_type_check__'), Skipped.__no_type_check__)
print(Skipped.meth.__no_type_check__, Skipped.Nested.__no_type_check__)


class WithStatic:
    @staticmethod
    def st(a: "Undefined"):
        pass

    @classmethod
    def cm(cls, a: "Undefined"):
        pass

    alias = Base.inherited


no_type_check(WithStatic)
print(getattr(WithStatic.st, '__no_type_check__', False),
      getattr(WithStatic.cm, '__no_type_check__', False),
      getattr(Base.inherited, '__no_type_check__', False))
print(get_type_hints(WithStatic.cm), get_type_hints(WithStatic.st))
print(no_type_check(int) is int, getattr(int, '__no_type_check__', 'missing'))
