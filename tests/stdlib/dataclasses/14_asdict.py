import collections
from dataclasses import dataclass, field, asdict


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
    pair: tuple = ()


Point = collections.namedtuple('Point', 'x y')

o = Outer('o', Inner(1, [Inner(2, [])]), [Inner(3, [4]), (Inner(5, []),)],
          {'k': Inner(6, []), Inner.__name__: [1, 2]}, (Point(Inner(7, []), 2), 'z'))
d = asdict(o)
print(d)
print(type(d['pair'][0]).__name__, d['pair'][0].x)
print(asdict(o, dict_factory=list))
print(asdict(o, dict_factory=collections.OrderedDict)['inner'])


class Tracker:
    copies = 0

    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        Tracker.copies += 1
        return Tracker(self.v)

    def __repr__(self):
        return f'Tracker({self.v})'


shared = [1, 2]
t = Tracker(1)
o2 = Outer('x', Inner(0, shared), [t, t], {'t': t})
d2 = asdict(o2)
print(d2, Tracker.copies)
print(d2['inner']['b'] is shared, d2['items'][0] is t, d2['items'][0] is d2['items'][1])


class MyList(list):
    pass


class MyDict(dict):
    pass


@dataclass
class Holder:
    l: MyList
    d: MyDict
    s: set
    fs: frozenset


h = asdict(Holder(MyList([Inner(1, [])]), MyDict(a=Inner(2, [])), {1}, frozenset({2})))
print(h, type(h['l']).__name__, type(h['d']).__name__)

for bad in (Inner, 5, None, [Inner(1, [])]):
    try:
        asdict(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    asdict()
except TypeError as e:
    print(type(e).__name__, e)
try:
    asdict(Inner(1, []), dict)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Keyed:
    m: dict


print(asdict(Keyed({Point(1, 2): 'v', (Point(3, 4),): 'w'})))


@dataclass(frozen=True)
class FrozenKey:
    k: int


print(asdict(Keyed({1: FrozenKey(2)})))
try:
    print(asdict(Keyed({FrozenKey(1): 0})))
except TypeError as e:
    print(type(e).__name__, e)
