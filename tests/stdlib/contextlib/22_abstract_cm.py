from contextlib import AbstractContextManager, AbstractAsyncContextManager, ExitStack, suppress
import contextlib


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


class HalfDuck:
    def __enter__(self):
        return self


class NoneExit:
    __enter__ = lambda self: self
    __exit__ = None


print(issubclass(Duck, AbstractContextManager), isinstance(Duck(), AbstractContextManager))
print(issubclass(HalfDuck, AbstractContextManager))
print(issubclass(NoneExit, AbstractContextManager))
print(issubclass(int, AbstractContextManager))
print(isinstance(ExitStack(), AbstractContextManager), isinstance(suppress(), AbstractContextManager))
print(isinstance(open, AbstractContextManager))


class Subclassed(AbstractContextManager):
    def __exit__(self, *a):
        print("exit", a[0])


with Subclassed() as s:
    print(type(s).__name__)

try:
    AbstractContextManager()
except TypeError as e:
    print("TypeError", e)


class Missing(AbstractContextManager):
    pass


try:
    Missing()
except TypeError as e:
    print("TypeError", e)


# subclass of a subclass: the hook only answers for AbstractContextManager itself
class Sub(AbstractContextManager):
    def __exit__(self, *a):
        pass


print(issubclass(Duck, Sub))
print(AbstractContextManager.__enter__(5))
print(AbstractContextManager.__exit__(None, None, None, None))

# generic alias
alias = AbstractContextManager[int]
print(alias, alias.__origin__ is AbstractContextManager, alias.__args__)
print(AbstractContextManager[str, int])
print(contextlib.ExitStack.__mro__[-3:])
print(AbstractContextManager.__abstractmethods__)


class AsyncDuck:
    def __aenter__(self):
        pass

    def __aexit__(self, *a):
        pass


print(issubclass(AsyncDuck, AbstractAsyncContextManager), issubclass(Duck, AbstractAsyncContextManager))
print(AbstractAsyncContextManager[int])
