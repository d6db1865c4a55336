from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class F:
    x: int
    y: list = field(default_factory=list)


f = F(1)
print(f, hash(F(1, ())) == hash((1, ())))
for action in ('set', 'del', 'setnew', 'delnew'):
    try:
        if action == 'set':
            f.x = 2
        elif action == 'del':
            del f.y
        elif action == 'setnew':
            f.z = 3
        else:
            del f.z
    except AttributeError as e:
        print(action, type(e).__name__, e, isinstance(e, FrozenInstanceError))
f.y.append(5)
print(f)
object.__setattr__(f, 'x', 99)
print(f)
print(FrozenInstanceError.__mro__)
print(FrozenInstanceError.__module__)
try:
    setattr(f, 'x', 3)
except FrozenInstanceError as e:
    print(repr(e), e.args)


class Plain(F):
    pass


p = Plain(1)
p.extra = 'ok'
print(p.extra, p)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del p.extra
    print('deleted extra', hasattr(p, 'extra'))
except FrozenInstanceError as e:
    print(type(e).__name__, e)

for meth in ('__setattr__', '__delattr__'):
    try:
        ns = {'__annotations__': {'x': int}, meth: lambda self, *a: None}
        dataclass(frozen=True)(type('G', (), ns))
    except TypeError as e:
        print(type(e).__name__, e)


@dataclass
class Mutable:
    x: int


try:
    @dataclass(frozen=True)
    class FrozenChild(Mutable):
        y: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class MutableChild(F):
        y: int = 0
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class FrozenChild2(F):
    z: int = 0


c = FrozenChild2(1, [], 2)
print(c)
try:
    c.z = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class NoFields:
    pass


try:
    NoFields().a = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)
