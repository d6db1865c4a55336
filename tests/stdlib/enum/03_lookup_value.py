from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 'blue'
    LIST = [1, 2]


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: Color(1))
show(lambda: Color('blue'))
show(lambda: Color(Color.GREEN))
show(lambda: Color([1, 2]))
show(lambda: Color(5))
show(lambda: Color('red'))
show(lambda: Color(None))
show(lambda: Color(1.0))
show(lambda: Color(True))
show(lambda: Color([3]))
show(lambda: Color({}))
show(lambda: Color())
show(lambda: Color(1, 2, 3))
show(lambda: Color(value=2))
show(lambda: Enum(1))
print(Color._unhashable_values_)
print(Color(2) is Color.GREEN)
print(sorted(Color._value2member_map_.items(), key=repr))


class Other(Enum):
    RED = 1


show(lambda: Color(Other.RED))
show(lambda: Other(Color.RED))
