from dataclasses import dataclass, field, replace, InitVar


@dataclass(frozen=True)
class P:
    x: int
    y: int = 0


p = P(1, 2)
q = replace(p, y=5)
print(p, q, q is p, replace(p), replace(p) == p, replace(p) is p)
try:
    replace(p, z=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(p, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace()
except TypeError as e:
    print(type(e).__name__, e)
for bad in (P, 3, (1, 2)):
    try:
        replace(bad, x=1)
    except TypeError as e:
        print(type(e).__name__, e)
print(replace(p, obj=None) if False else 'obj keyword is fine:', replace(P(0), x=7))


@dataclass
class WithNoInit:
    a: int
    b: int = field(init=False, default=10)
    c: list = field(default_factory=list)

    def __post_init__(self):
        print('post_init', self.a)


w = WithNoInit(1)
w.b = 99
w2 = replace(w, a=2)
print(w2, w2.c is w.c)
try:
    replace(w, b=1)
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class IV:
    x: int
    scale: InitVar[int]
    scaled: int = field(init=False)

    def __post_init__(self, scale):
        self.scaled = self.x * scale


iv = IV(2, 3)
print(iv)
try:
    replace(iv, x=5)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(iv, x=5, scale=10))


@dataclass
class IVDefault:
    x: int
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        print('scale', scale)


print(replace(IVDefault(1, 4), x=3))


class Sub(P):
    pass


print(type(replace(Sub(1), x=2)).__name__)
changes = {'y': 8}
replace(p, **changes)
print(changes)


@dataclass
class Obj:
    obj: int


print(replace(Obj(1), obj=2))
