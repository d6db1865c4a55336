from enum import Enum, auto


class Describe(Enum):
    def __init__(self, *args):
        self.created = True

    def describe(self):
        return '%s is %r' % (self.name, self.value)

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None

    @classmethod
    def names(cls):
        return [m.name for m in cls]


class Size(Describe):
    SMALL = 1
    LARGE = 2


print(Size.SMALL.describe(), Size.names(), Size('2'), Size.LARGE.created)
try:
    Size('x')
except ValueError as e:
    print(e)


class Upper(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.upper()


class Letters(Upper):
    a = auto()
    b = auto()


class MoreLetters(Upper):
    z = auto()


print(list(Letters), list(MoreLetters))
print(Describe.names(), len(Describe), list(Describe))
