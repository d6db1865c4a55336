import collections
from dataclasses import dataclass, field, astuple


@dataclass
class Inner:
    a: int
    b: list


@dataclass
class Outer:
    name: str
    inner: Inner
    items: list = field(default_factory=list)
    mapping: dict = field(default_factory=dict)


Pt = collections.namedtuple('Pt', ['x', 'y'])
o = Outer('o', Inner(1, [Inner(2, [])]), [Inner(3, [4]), Pt(Inner(5, []), 6)], {'k': Inner(7, [])})
print(astuple(o))
print(astuple(o, tuple_factory=list))
print(type(astuple(o)[2][1]).__name__)


class Named(tuple):
    pass


@dataclass
class WithTuple:
    t: Named
    d: collections.OrderedDict


w = astuple(WithTuple(Named((Inner(1, []),)), collections.OrderedDict(a=Inner(2, []))))
print(w, type(w[0]).__name__, type(w[1]).__name__)

for bad in (Inner, 'x', (1, 2)):
    try:
        astuple(bad)
    except TypeError as e:
        print(type(e).__name__, e)

lst = [1, [2, 3]]
r = astuple(Inner(0, lst))
print(r, r[1] is lst, r[1][1] is lst[1])


def counting_factory(values):
    print('factory got', values)
    return tuple(values)


print(astuple(Outer('n', Inner(1, [])), tuple_factory=counting_factory))


@dataclass
class Empty:
    pass


print(astuple(Empty()), astuple(Empty(), tuple_factory=list))
