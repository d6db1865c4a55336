from dataclasses import dataclass, field, fields, MISSING


counter = [0]


def next_id():
    counter[0] += 1
    return counter[0]


@dataclass
class Item:
    name: str
    ident: int = field(default_factory=next_id)
    hidden: str = field(default='secret', repr=False)
    cache: dict = field(default_factory=dict, init=False, repr=False)
    computed: int = field(default=0, init=False)
    tags: tuple = field(default=(), metadata={'unit': 'tag', 'n': 1})


a = Item('a')
b = Item('b', 10)
c = Item('c', hidden='h', tags=('x',))
print(a, b, c)
print(a.hidden, c.hidden, a.cache, a.cache is b.cache, a.computed)
print(Item.hidden, Item.computed, Item.tags)
print(hasattr(Item, 'ident'), hasattr(Item, 'cache'))
try:
    Item('d', computed=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Item('d', cache={})
except TypeError as e:
    print(type(e).__name__, e)

for f in fields(Item):
    print(f.name, f.type.__name__, f.default is MISSING, f.default_factory is MISSING,
          f.init, f.repr, f.hash, f.compare, dict(f.metadata), f.kw_only)

md = fields(Item)[-1].metadata
print(md, md['unit'], len(md), type(md).__name__)
try:
    md['unit'] = 'other'
except TypeError as e:
    print(type(e).__name__, e)
print(fields(Item)[0].metadata is fields(Item)[1].metadata)

src = {'k': 1}


@dataclass
class Meta:
    x: int = field(default=0, metadata=src)


src['k'] = 2
print(fields(Meta)[0].metadata)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)
try:
    field(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    field(bogus=1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class FactoryCalls:
    x: list = field(default_factory=lambda: ['fresh'])


f1, f2 = FactoryCalls(), FactoryCalls()
print(f1, f1.x is f2.x, FactoryCalls([1]))


@dataclass
class NoInitNoDefault:
    x: int = field(init=False)


n = NoInitNoDefault()
print(hasattr(n, 'x'))
try:
    print(n)
except AttributeError as e:
    print(type(e).__name__, e)
n.x = 4
print(n)
