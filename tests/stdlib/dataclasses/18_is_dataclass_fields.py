from dataclasses import dataclass, field, fields, is_dataclass, InitVar, Field


@dataclass
class A:
    x: int
    y: InitVar[int] = 0
    z: str = 'z'


class NotDC:
    x: int = 1


class Sub(A):
    pass


for obj in (A, A(1), NotDC, NotDC(), Sub, Sub(1), 3, int, None, type, [A(1)], fields):
    print(getattr(obj, '__name__', type(obj).__name__), is_dataclass(obj))

print([f.name for f in fields(A)], [f.name for f in fields(A(1))], [f.name for f in fields(Sub)])
print(type(fields(A)).__name__, all(isinstance(f, Field) for f in fields(A)))
for bad in (NotDC, NotDC(), 1, 'A', None):
    try:
        fields(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    fields()
except TypeError as e:
    print(type(e).__name__, e)

print(type(A.__dataclass_fields__).__name__, list(A.__dataclass_fields__))
print(A.__dataclass_params__)


@dataclass(init=False, repr=False, eq=False, order=False, unsafe_hash=True, frozen=True)
class Params:
    pass


print(Params.__dataclass_params__)
p = Params.__dataclass_params__
print(p.init, p.repr, p.eq, p.order, p.unsafe_hash, p.frozen)


class FakeDC:
    __dataclass_fields__ = {}


print(is_dataclass(FakeDC), fields(FakeDC), is_dataclass(FakeDC()))


class Weird:
    def __getattr__(self, name):
        return {}


print(is_dataclass(Weird()), fields(Weird()))
print(sorted(n for n in A.__dict__ if n.startswith('__dataclass')))
print(is_dataclass(list[int]), is_dataclass(A.__dataclass_fields__))
