from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p)
print(repr(Point(3, y=4)))
print(Point(x=5, y=6))
print(p.x, p.y)
p.x = 10
print(p)
print(Point.__init__.__qualname__, Point.__init__.__name__)
print(Point.__repr__.__qualname__)
print(Point.__init__.__defaults__)
print(Point.__init__.__annotations__)
print(Point.y)
print('x' in Point.__dict__)

for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 3}), ((1,), {'x': 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty())
try:
    Empty(1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass()
class WithParens:
    name: str
    tags: list = field(default_factory=list)


w = WithParens('n')
w.tags.append(1)
print(w, WithParens('m'))


@dataclass
class Strings:
    s: str = "it's"
    b: bytes = b'\x00'
    f: float = 1.5


print(Strings())
print(Strings(s='a"b'))
