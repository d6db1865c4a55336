from dataclasses import dataclass, field


def describe(cls):
    own = cls.__dict__.get('__hash__', 'absent')
    if own is None:
        own_text = 'None'
    elif own == 'absent':
        own_text = 'absent'
    else:
        own_text = 'function'
    try:
        h = hash(cls(1))
        result = 'hashable' + (' (fields)' if h == hash((1,)) else ' (identity)')
    except TypeError as e:
        result = f'{type(e).__name__}: {e}'
    return own_text, result


for unsafe_hash in (False, True):
    for eq in (False, True):
        for frozen in (False, True):
            for explicit in (False, True):
                ns = {'__annotations__': {'x': int}, '__qualname__': 'C'}
                if explicit:
                    ns['__hash__'] = lambda self: 42
                try:
                    cls = dataclass(unsafe_hash=unsafe_hash, eq=eq, frozen=frozen)(type('C', (), ns))
                except TypeError as e:
                    print(unsafe_hash, eq, frozen, explicit, '->', type(e).__name__, e)
                    continue
                own, result = describe(cls)
                if explicit and result.startswith('hashable'):
                    result = 'hashable' + (' (explicit)' if hash(cls(1)) == 42 else ' (other)')
                print(unsafe_hash, eq, frozen, explicit, '->', own, result)


@dataclass
class EqInBody:
    x: int

    def __eq__(self, other):
        return True


print(EqInBody.__hash__)


@dataclass(frozen=True)
class EqInBodyFrozen:
    x: int

    def __eq__(self, other):
        return True


print(hash(EqInBodyFrozen(1)) == hash((1,)))


@dataclass(unsafe_hash=True)
class Selective:
    a: int
    b: int = 0
    c: list = None
    d: int = 0


Selective.__dataclass_fields__['c'].hash = False


@dataclass(frozen=True)
class HashOpts:
    a: int = field(hash=False)
    b: int = field(compare=False)
    c: int = field(compare=False, hash=True)
    d: int = 0


print(hash(HashOpts(1, 2, 3, 4)) == hash((3, 4)))
print(hash(Selective(1)) == hash((1, 0, None, 0)))
print({HashOpts(1, 2, 3, 4): 'v'}[HashOpts(1, 9, 3, 4)])


class Base:
    def __hash__(self):
        return 7


@dataclass(eq=False)
class Inherits(Base):
    x: int


print(hash(Inherits(1)))


@dataclass(frozen=True)
class Empty:
    pass


print(hash(Empty()) == hash(()))
