from enum import Enum, IntEnum


class Color(Enum):
    RED = 1


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def extend():
    class More(Color):
        BLUE = 2


def extend_empty():
    class More(Color):
        pass


def extend_int():
    class More(IntEnum):
        pass

    class Even(More):
        A = 2
    return list(Even)


class Base(Enum):
    def describe(self):
        return '%s=%s' % (self.name, self.value)


class Child(Base):
    A = 1
    B = 2


def wrong_order():
    class Bad(Enum, int):
        A = 1


show(extend)
show(extend_empty)
show(extend_int)
print(Child.A.describe(), [m.describe() for m in Child])
show(wrong_order)
show(lambda: type('X', (Color,), {}))
show(lambda: Color('Sub', 'A B'))
