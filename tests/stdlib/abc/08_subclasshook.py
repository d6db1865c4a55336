from abc import ABC, abstractmethod


class Closeable(ABC):
    @abstractmethod
    def close(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any('close' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class File:
    def close(self):
        pass


class Socket(File):
    pass


class Nothing:
    pass


print(issubclass(File, Closeable), issubclass(Socket, Closeable), issubclass(Nothing, Closeable))
print(isinstance(File(), Closeable), isinstance(Nothing(), Closeable))
print(Closeable.__subclasshook__(File), Closeable.__subclasshook__(Nothing))


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Explicit(Never):
    pass


Never.register(int)
# False from the hook wins over real inheritance and registration
print(issubclass(Explicit, Never), isinstance(Explicit(), Never), issubclass(int, Never))
print(issubclass(Never, Never))


class Always(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True


print(issubclass(int, Always), isinstance(None, Always), issubclass(type, Always))


# the hook sees every candidate class once; answers are cached
calls = []


class Counting(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        calls.append(C.__name__)
        return C is float


for _ in range(3):
    issubclass(float, Counting), issubclass(str, Counting)
print(calls)
print(ABC.__subclasshook__(int), object.__subclasshook__())
