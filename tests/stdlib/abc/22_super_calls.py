from abc import ABC, abstractmethod


class Handler(ABC):
    @abstractmethod
    def handle(self, request):
        # an abstract method may carry a default implementation for super()
        return ['base saw ' + request]

    @property
    @abstractmethod
    def name(self):
        return 'handler'

    @classmethod
    @abstractmethod
    def create(cls):
        return f'create {cls.__name__}'


class Logging(Handler):
    def handle(self, request):
        return super().handle(request) + ['logged ' + request]

    @property
    def name(self):
        return 'logging ' + super().name

    @classmethod
    def create(cls):
        return super().create() + ' (logging)'


h = Logging()
print(h.handle('GET /'))
print(h.name)
print(Logging.create())


class Chain(Logging):
    def handle(self, request):
        return super().handle(request.upper())


print(Chain().handle('post'), Chain().name, Chain.create())

# __init__ in an ABC runs normally for concrete subclasses
class Counter(ABC):
    made = 0

    def __init__(self, start=0):
        type(self).made += 1
        self.value = start

    @abstractmethod
    def step(self): ...


class ByTwo(Counter):
    def __init__(self):
        super().__init__(10)

    def step(self):
        self.value += 2
        return self.value


b = ByTwo()
print(b.step(), b.step(), ByTwo.made, Counter.made)
try:
    Counter(5)
except TypeError as e:
    print(e)
print(Counter.made)
# a custom __new__ runs; object.__new__ is what refuses the abstract class
class Tracked(ABC):
    def __new__(cls, *a):
        print('new called for', cls.__name__)
        return super().__new__(cls)

    @abstractmethod
    def f(self): ...


try:
    Tracked()
except TypeError as e:
    print(e)
