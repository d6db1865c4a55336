from dataclasses import dataclass, field


@dataclass
class C:
    x: int
    y: int = 0

    def __init__(self, x):
        self.x = x * 10
        self.y = -1

    def __repr__(self):
        return f'C<{self.x}>'

    def __eq__(self, other):
        return isinstance(other, C) and self.x == other.x


c = C(1)
print(c, c.y, c == C(1), C(1) == C(2), C.__hash__)


@dataclass(init=False)
class NoInit:
    x: int = 3


n = NoInit()
print(n, n.x)
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)


class Parent:
    def __init__(self, *args):
        print('Parent.__init__', args)

    def __repr__(self):
        return 'Parent repr'


@dataclass(init=False, repr=False)
class Child(Parent):
    a: int = 0


Child(1, 2)
print(repr(Child()))


@dataclass
class Child2(Parent):
    a: int = 0


print(Child2(5))


@dataclass
class HasMatchArgs:
    a: int
    __match_args__ = ('custom',)


print(HasMatchArgs.__match_args__)


@dataclass
class InheritsInitFromDC(Child2):
    b: int = 1

    def __post_init__(self):
        print('post init', self.a, self.b)


print(InheritsInitFromDC(1, 2))


class WithEq:
    def __eq__(self, other):
        return 'base eq'


@dataclass
class SubOfEq(WithEq):
    x: int = 0


print(SubOfEq() == SubOfEq(), SubOfEq() == 3)


@dataclass(eq=False)
class SubOfEqNoEq(WithEq):
    x: int = 0


print(SubOfEqNoEq() == SubOfEqNoEq())
