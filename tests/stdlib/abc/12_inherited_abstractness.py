from abc import ABC, abstractmethod


class Animal(ABC):
    @abstractmethod
    def sound(self): ...

    @abstractmethod
    def legs(self): ...


class Mammal(Animal):
    def legs(self):
        return 4


class Dog(Mammal):
    def sound(self):
        return 'woof'


class Bird(Animal):
    def legs(self):
        return 2

    # re-declared abstract in a subclass
    @abstractmethod
    def wingspan(self): ...


for cls in [Animal, Mammal, Dog, Bird]:
    print(cls.__name__, sorted(cls.__abstractmethods__))
    try:
        obj = cls()
        print('  made', obj.sound(), obj.legs())
    except TypeError as e:
        print(' ', e)


# a concrete method made abstract again further down
class Robot(Dog):
    @abstractmethod
    def sound(self): ...


print(sorted(Robot.__abstractmethods__))


# multiple inheritance: a concrete method from another base satisfies the abstract one
class LegsMixin:
    def legs(self):
        return 6

    def sound(self):
        return 'buzz'


class Insect(LegsMixin, Animal):
    pass


class Reversed(Animal, LegsMixin):
    pass


print(sorted(Insect.__abstractmethods__), Insect().legs())
print(sorted(Reversed.__abstractmethods__))
try:
    Reversed()
except TypeError as e:
    print(e)


# two abstract bases
class Swims(ABC):
    @abstractmethod
    def swim(self): ...


class Duck(Bird, Swims):
    def sound(self):
        return 'quack'


print(sorted(Duck.__abstractmethods__))
