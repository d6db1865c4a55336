from abc import ABC, abstractmethod, update_abstractmethods


class Base(ABC):
    @abstractmethod
    def run(self):
        ...

    @abstractmethod
    def stop(self):
        ...


class Impl(Base):
    pass


print(sorted(Impl.__abstractmethods__))
# adding methods after class creation is not noticed ...
Impl.run = lambda self: 'running'
Impl.stop = lambda self: 'stopped'
print(sorted(Impl.__abstractmethods__))
try:
    Impl()
except TypeError as e:
    print(e)
# ... until update_abstractmethods recomputes the set
print(update_abstractmethods(Impl) is Impl)
print(Impl.__abstractmethods__, Impl().run())


# adding an abstract method afterwards
def extra(self):
    ...


Impl.extra = abstractmethod(extra)
update_abstractmethods(Impl)
print(Impl.__abstractmethods__)
try:
    Impl()
except TypeError as e:
    print(e)


# as a decorator, e.g. after a class decorator added the methods
def add_methods(cls):
    cls.run = lambda self: 'deco run'
    cls.stop = lambda self: 'deco stop'
    return update_abstractmethods(cls)


@add_methods
class Decorated(Base):
    pass


print(Decorated.__abstractmethods__, Decorated().stop())


# a class that is not an ABC is returned unchanged
class Plain:
    pass


print(update_abstractmethods(Plain) is Plain, hasattr(Plain, '__abstractmethods__'))
for bad in [1, None]:
    try:
        print(update_abstractmethods(bad))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
