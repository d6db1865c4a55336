from dataclasses import make_dataclass, field, fields, is_dataclass, dataclass, MISSING

C = make_dataclass('C', ['a', ('b', int), ('c', list, field(default_factory=list))])
print(C, C.__name__, C.__qualname__, C.__module__, is_dataclass(C))
print(C(1, 2), C(1, 2, [3]))
print(C.__annotations__)
print(C.__doc__)
print([(f.name, f.type) for f in fields(C)])

Base = make_dataclass('Base', [('x', int, field(default=5))])
print(Base(), Base().x)

E = make_dataclass('E', [('v', int)], namespace={'double': lambda self: self.v * 2, 'K': 3},
                   order=True, frozen=True)
e = E(4)
print(e, e.double(), E.K, E(1) < E(2), hash(e) == hash((4,)))
try:
    e.v = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)


@dataclass
class Parent:
    p: int = 0


F = make_dataclass('F', [('q', int, 1)], bases=(Parent,))
print(F(), F.__mro__[1].__name__, F(5, 6))
print(fields(F)[1].default, fields(F)[1].default_factory is MISSING)

for spec in (['x', 'x'], ['class'], ['1x'], [('a',)], [('a', int, 1, 2)], [3], [('', int)],
             [(None, int)], ['True'], ['match'], ['a b'], [['a', int]]):
    try:
        cls = make_dataclass('X', spec)
        print('ok', spec, cls.__annotations__)
    except TypeError as ex:
        print(type(ex).__name__, ex)

G = make_dataclass('G', [], namespace={'__module__': 'custom'})
print(G.__module__, G(), G.__doc__)

H = make_dataclass('H', ('a', 'b'), kw_only=True, repr=False, eq=False)
h = H(a=1, b=2)
print(h.a, h.b, H.__repr__ is object.__repr__, H.__eq__ is object.__eq__, H.__match_args__)
I = make_dataclass('I', iter([('z', str, 'zz')]), slots=True)
print(I(), I.__slots__)
try:
    make_dataclass('J', [('a', int)], unknown=True)
except TypeError as ex:
    print(type(ex).__name__, ex)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = 'meta'
        return super().__new__(mcls, name, bases, ns)


class WithMeta(metaclass=Meta):
    pass


K = make_dataclass('K', ['k'], bases=(WithMeta,))
print(type(K).__name__, K.tag, K(1), K.__module__)
import abc
L = make_dataclass('L', ['l'], bases=(abc.ABC,))
print(type(L).__name__, L.__module__, L(2))
