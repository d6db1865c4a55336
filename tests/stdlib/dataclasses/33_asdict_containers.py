import collections
from dataclasses import dataclass, field, asdict, astuple


@dataclass
class V:
    x: int


@dataclass
class Holder:
    value: object


for value in (collections.OrderedDict(a=V(1)), collections.Counter('aab'), (V(1), [V(2)]),
              {V.__name__: {'deep': [V(3)]}}, range(3), {1, 2}, b'bytes', None, 1.5):
    print(asdict(Holder(value)), astuple(Holder(value)))

try:
    asdict(Holder(collections.defaultdict(list, a=[V(1)])))
except TypeError as e:
    print(type(e).__name__, e)


class Pair(collections.namedtuple('Pair', 'a b')):
    pass


print(asdict(Holder(Pair(V(1), 2))), astuple(Holder(Pair(V(1), 2))))


class Vec(tuple):
    pass


print(astuple(Holder(Vec([V(1), V(2)]))))


class Opaque:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f'Opaque({self.v!r})'


o = Opaque([1])
d = asdict(Holder(o))
print(d, d['value'] is o, d['value'].v is o.v)
print(asdict(Holder(V)), asdict(Holder(V))['value'] is V)


def factory(pairs):
    return {k.upper(): v for k, v in pairs}


print(asdict(Holder([V(1), {'k': V(2)}]), dict_factory=factory))
