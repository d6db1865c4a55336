# NamedTuple with the class syntax: annotations, defaults, methods
from typing import NamedTuple, ClassVar


class Employee(NamedTuple):
    """An employee."""
    name: str
    id: int = 3
    dept: str = "eng"

    def describe(self):
        return f"{self.name}#{self.id}@{self.dept}"

    @property
    def upper(self):
        return self.name.upper()

    counter = 0


e = Employee("ann")
print(e, e.describe(), e.upper, Employee.counter)
print(Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(Employee.__doc__, Employee.__module__, Employee.__qualname__)
print(Employee.__bases__, Employee.__mro__, type(Employee).__name__)
print(Employee("bob", 7, "ops"), e._replace(id=9), e._asdict())
print(isinstance(e, tuple), len(e), e[0], e == ("ann", 3, "eng"))


class Sub(Employee):
    def describe(self):
        return "sub " + super().describe()


print(Sub("x").describe(), Sub.__mro__[1] is Employee)

try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(NamedTuple):
        a: int = 1
        b: int = 2
        c: str
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad3(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print(type(e).__name__, e)

try:
    class Bad4(NamedTuple, dict):
        a: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad5(NamedTuple):
        a: int
        __slots__ = ()
except AttributeError as e:
    print(type(e).__name__, e)


try:
    class WithCV(NamedTuple):
        a: int
        b: ClassVar[int]
except TypeError as e:
    print(type(e).__name__, e)


class Empty(NamedTuple):
    pass


print(Empty(), Empty._fields)
