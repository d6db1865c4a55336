from abc import ABC, abstractmethod


class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        """The name."""

    @property
    def greeting(self):
        return 'hello ' + self.name


print(Named.__abstractmethods__)
print(type(Named.__dict__['name']).__name__, Named.name.__isabstractmethod__)
print(Named.name.__doc__)
try:
    Named()
except TypeError as e:
    print(e)


class Fixed(Named):
    @property
    def name(self):
        return 'fixed'


class Plain(Named):
    name = 'plain attribute'


print(Fixed().greeting, Plain().greeting)
print(Fixed.__abstractmethods__, Plain.__abstractmethods__)


# an abstract setter: the property is abstract if any of its functions is
class Box(ABC):
    @property
    def value(self):
        return self._v

    @value.setter
    @abstractmethod
    def value(self, v):
        ...


print(Box.__abstractmethods__, Box.value.__isabstractmethod__)


class IntBox(Box):
    @Box.value.setter
    def value(self, v):
        self._v = int(v)


b = IntBox()
b.value = '42'
print(b.value, IntBox.__abstractmethods__)

# a property with no abstract function is not abstract
p = property(lambda self: 1)
print(p.__isabstractmethod__)
