# Dataclasses with a generated repr are broken over lines like keyword arguments.
import pprint
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Shape:
    name: str
    points: list
    meta: dict = field(default_factory=dict)
    secret: str = field(default="hidden", repr=False)


@dataclass(repr=False)
class NoRepr:
    value: list


@dataclass
class OwnRepr:
    value: list

    def __repr__(self):
        return "OwnRepr(" + ", ".join(map(str, self.value)) + ")"


@dataclass
class Node:
    value: int
    next: object = None


shape = Shape("polygon", [Point(i, i * i) for i in range(6)], {"color": "red", "filled": True})
pprint.pprint(Point(1, 2))
pprint.pprint(shape)
pprint.pprint(shape, width=40)
pprint.pprint([shape], width=60)
print(pprint.pformat(NoRepr(list(range(40))), width=30).startswith("<"))
pprint.pprint(OwnRepr(list(range(40))), width=30)
n = Node(1, Node(2, Node(3)))
pprint.pprint(n, width=20)
loop = Node(1)
loop.next = loop
pprint.pprint(loop, width=10)
pprint.pprint(Point, width=5)
pprint.pprint(Shape("s", list(range(30))), depth=1, width=20)
