import enum
from enum import Enum


class Color(Enum):
    RED = 1


for name in ('PURPLE', 'red', '__secret__', 'name', 'value'):
    try:
        getattr(Color, name)
    except AttributeError as e:
        print(name, repr(e))
try:
    Color.RED.PURPLE
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Color, 'PURPLE'), getattr(Color, 'PURPLE', 'default'))
print(type(Color).__getattr__(Color, 'RED'))


class Labeled(Enum):
    A = 1

    @enum.property
    def label(self):
        return 'label-' + self.name.lower()


try:
    Labeled.label
except AttributeError as e:
    print(type(e).__name__, e)
print(Labeled.A.label)
