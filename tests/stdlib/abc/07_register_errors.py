from abc import ABC, ABCMeta


class Base(ABC):
    pass


class Child(Base):
    pass


for bad in [1, 'str', None, Base()]:
    try:
        Base.register(bad)
    except TypeError as e:
        print(type(e).__name__, e)


class Plain:
    pass


Base.register(Plain)
try:
    Plain.register(Base)
except AttributeError as e:
    print(type(e).__name__, e)


class Other(ABC):
    pass


Other.register(Base)
try:
    Base.register(Other)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    Child.register(Base)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    Base.register(Base)
    print('self-register ok')
except RuntimeError as e:
    print(type(e).__name__, e)

for args in [(), (Plain, Plain)]:
    try:
        Base.register(*args)
    except TypeError as e:
        print(type(e).__name__, e)

for bad in [1, 'x', None]:
    try:
        issubclass(bad, Base)
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, Base), isinstance(None, Base))
try:
    ABCMeta.register(Plain)
except TypeError as e:
    print(type(e).__name__, e)
