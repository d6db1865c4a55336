from dataclasses import dataclass, field
import functools


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(2, 1), Version(1, 9, 'b'), Version(1, 10), Version(2, 0), Version(1, 9, 'a')]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(1, 2) <= Version(1, 2), Version(2) > Version(1, 5),
      Version(1) >= Version(1, 0))
print(max(vs), min(vs))


@dataclass(order=True)
class Other:
    major: int
    minor: int = 0


for op in ('<', '<=', '>', '>='):
    try:
        eval(f'Version(1) {op} Other(1)')
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)
print(Version.__lt__(Version(1), Other(2)))

try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print(type(e).__name__, e)

for name in ('__lt__', '__le__', '__gt__', '__ge__'):
    try:
        ns = {'__annotations__': {'x': int}, name: lambda self, other: True}
        dataclass(order=True)(type('C' + name, (), ns))
    except TypeError as e:
        print(type(e).__name__, e)


@dataclass
class Unordered:
    x: int


try:
    Unordered(1) < Unordered(2)
except TypeError as e:
    print(type(e).__name__, e)


@functools.total_ordering
@dataclass
class TO:
    x: int

    def __lt__(self, other):
        return self.x < other.x


print(TO(1) < TO(2), TO(1) >= TO(2), TO(3) > TO(2))


@dataclass(order=True)
class Empty:
    pass


print(Empty() < Empty(), Empty() <= Empty())
