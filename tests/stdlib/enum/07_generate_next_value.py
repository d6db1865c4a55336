from enum import Enum, auto


class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + ':' + str(count) + ':' + str(len(last_values))

    NORTH = auto()
    SOUTH = auto()
    EAST = 'e'
    WEST = auto()


print([(m.name, m.value) for m in Name])


class Static(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return (name, start, count, list(last_values))

    A = auto()
    B = auto()


print([m.value for m in Static])


class Base(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2


class Child(Base):
    X = auto()
    Y = auto()


print([m.value for m in Child])

try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 42
except TypeError as e:
    print(type(e).__name__, e)

print(Enum._generate_next_value_('x', 1, 0, []))
print(Enum._generate_next_value_('x', 1, 2, [1, 5]))
print(Enum._generate_next_value_('x', 1, 2, [5, 1]))
print(Enum._generate_next_value_('x', 3, 0, []))
print(Enum._generate_next_value_('x', 1, 2, ['a', 3, 'b']))
print(Enum._generate_next_value_('x', 7, 2, ['a', 'b']))
