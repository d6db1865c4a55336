from dataclasses import dataclass, field, KW_ONLY


@dataclass
class Point:
    x: int
    y: int = 0
    label: str = field(default='', init=False)


print(Point.__match_args__)


def where(obj):
    match obj:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(0, y=y):
            return f'on y axis at {y}'
        case Point(x=x, y=y, label='named'):
            return f'named {x},{y}'
        case Point(x, y):
            return f'at {x},{y}'
        case _:
            return 'not a point'


for obj in (Point(0), Point(3), Point(0, 4), Point(1, 2), 'text'):
    print(where(obj))
p = Point(5, 6)
p.label = 'named'
print(where(p))

try:
    match p:
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(match_args=False)
class NoArgs:
    a: int


print(hasattr(NoArgs, '__match_args__'))
try:
    match NoArgs(1):
        case NoArgs(a):
            print('matched', a)
except TypeError as e:
    print(type(e).__name__, e)
match NoArgs(1):
    case NoArgs(a=1):
        print('keyword pattern works')


@dataclass
class Custom:
    a: int
    b: int
    __match_args__ = ('b',)


match Custom(1, 2):
    case Custom(v):
        print('custom match_args', v)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 0


print(KW.__match_args__)


@dataclass
class Child(Point):
    z: int = 0


print(Child.__match_args__)
match Child(1, 2, 3):
    case Point(a, b):
        print('child as point', a, b)
