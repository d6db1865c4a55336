from abc import ABC, abstractmethod


class Many(ABC):
    @abstractmethod
    def zeta(self): ...
    @abstractmethod
    def alpha(self): ...
    @abstractmethod
    def Mid(self): ...
    @abstractmethod
    def _private(self): ...
    @abstractmethod
    def __len__(self): ...
    @abstractmethod
    def beta2(self): ...
    @abstractmethod
    def beta10(self): ...


try:
    Many()
except TypeError as e:
    print(e)
print(sorted(Many.__abstractmethods__))
print(type(Many.__abstractmethods__).__name__, len(Many.__abstractmethods__))


class One(ABC):
    @abstractmethod
    def only(self): ...


try:
    One()
except TypeError as e:
    print(e)


class Fewer(Many):
    def zeta(self): ...
    def Mid(self): ...
    def __len__(self): return 0


try:
    Fewer()
except TypeError as e:
    print(e)

# positional and keyword arguments do not matter: the check comes first
for args, kwargs in [((1, 2), {}), ((), {'x': 1})]:
    try:
        One(*args, **kwargs)
    except TypeError as e:
        print(e)
