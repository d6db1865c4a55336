from dataclasses import dataclass, field, fields, InitVar


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


print(Rect(2, 3))


@dataclass
class Scaled:
    x: int
    factor: InitVar[int] = 2
    scaled: int = field(init=False)

    def __post_init__(self, factor):
        print('post_init got', factor)
        self.scaled = self.x * factor


s = Scaled(3)
print(s, Scaled(3, 10))
print([f.name for f in fields(Scaled)])
print(list(Scaled.__dataclass_fields__))
print(hasattr(s, 'factor'), Scaled.factor)
print(Scaled.__match_args__)


@dataclass
class NoDefaultInitVar:
    x: int
    y: InitVar[str]

    def __post_init__(self, y):
        self.label = y.upper()


n = NoDefaultInitVar(1, 'hi')
print(n, n.label, hasattr(NoDefaultInitVar, 'y'))
try:
    NoDefaultInitVar(1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class InitVarNoPostInit:
    x: int
    y: InitVar[int] = 0


print(InitVarNoPostInit(1, 2))


@dataclass
class MissingPostInitArg:
    x: int
    y: InitVar[int] = 0

    def __post_init__(self):
        pass


try:
    MissingPostInitArg(1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Base:
    a: int

    def __post_init__(self):
        print('Base.__post_init__', self.a)


@dataclass
class Child(Base):
    b: int = 0


@dataclass
class Child2(Base):
    b: int = 0

    def __post_init__(self):
        super().__post_init__()
        print('Child2.__post_init__', self.b)


Child(1)
Child2(1, 2)


@dataclass
class Raises:
    x: int

    def __post_init__(self):
        if self.x < 0:
            raise ValueError('negative')


try:
    Raises(-1)
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class FactoryInitVar:
        x: InitVar[list] = field(default_factory=list)
except TypeError as e:
    print(type(e).__name__, e)

print(repr(InitVar[int]), repr(InitVar[list[int]]), repr(InitVar['int']))
print(InitVar[int].type, type(InitVar[int]).__name__)
iv = InitVar(str)
print(iv, iv.type)
try:
    iv.other = 1
except AttributeError as e:
    print(type(e).__name__)


@dataclass
class PostInitNotMethod:
    x: int
    __post_init__ = staticmethod(lambda: print('static post init'))


PostInitNotMethod(1)
