from abc import ABC, abstractmethod


class Factory(ABC):
    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def kind():
        ...

    @classmethod
    def build_two(cls):
        return [cls.create(), cls.create()]


print(sorted(Factory.__abstractmethods__))
print(Factory.__dict__['create'].__isabstractmethod__)
print(Factory.__dict__['kind'].__isabstractmethod__)
print(type(Factory.__dict__['create']).__name__, type(Factory.__dict__['kind']).__name__)
try:
    Factory()
except TypeError as e:
    print(e)
# the abstract classmethod itself is still callable on the class
print(Factory.create(), Factory.kind())


class Widget(Factory):
    @classmethod
    def create(cls):
        return cls.__new__(cls)

    @staticmethod
    def kind():
        return 'widget'


print(Widget.__abstractmethods__)
print([type(w).__name__ for w in Widget.build_two()], Widget.kind())


class Half(Factory):
    @staticmethod
    def kind():
        return 'half'


try:
    Half()
except TypeError as e:
    print(e)

# the wrong order: abstractmethod cannot mark a classmethod object
try:
    class Other(ABC):
        @abstractmethod
        @classmethod
        def make(cls):
            ...
except AttributeError as e:
    print(type(e).__name__, e)
try:
    abstractmethod(staticmethod(len))
except AttributeError as e:
    print(type(e).__name__, e)
try:
    abstractmethod(len)
except AttributeError as e:
    print(type(e).__name__, e)
