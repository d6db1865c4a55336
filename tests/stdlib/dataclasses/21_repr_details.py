from dataclasses import dataclass, field


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: 'Node' = field(default=None, repr=False)


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
root.children.append(root)
print(root)


@dataclass
class Pair:
    left: object = None
    right: object = None


a = Pair()
b = Pair(a)
a.right = b
print(a)
print(b)
lst = [a]
a.left = lst
print(lst)


class Outer:
    @dataclass
    class Inner:
        x: int = 0

    def make(self):
        @dataclass
        class Local:
            y: int = 1
        return Local()


print(Outer.Inner(), Outer().make())
print(Outer.Inner.__repr__.__qualname__)


@dataclass(repr=False)
class NoRepr:
    x: int


print(repr(NoRepr(1)).startswith('<__main__.NoRepr object at '))


@dataclass
class OwnRepr:
    x: int

    def __repr__(self):
        return 'mine'


print(OwnRepr(1), [OwnRepr(2)])


class Sub(Pair):
    pass


print(Sub(1, 2))
Sub.__qualname__ = 'Renamed.Sub'
print(Sub(3, 4))


@dataclass
class Quoting:
    s: str
    f: float
    n: None = None


print(Quoting("a'b", 1e100), str(Quoting('x', -0.0)), f'{Quoting("y", 2.5)}')


class BadRepr:
    def __repr__(self):
        raise ValueError('bad repr')


w = Pair(BadRepr())
try:
    repr(w)
except ValueError as e:
    print(type(e).__name__, e)
w.left = 1
print(w)


@dataclass
class AllHidden:
    a: int = field(default=1, repr=False)


print(AllHidden())
