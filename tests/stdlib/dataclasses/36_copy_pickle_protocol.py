import copy
import copyreg
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: list = field(default_factory=list)


fs = FS(1, [2])
c = copy.copy(fs)
d = copy.deepcopy(fs)
print(c, d, c == fs, d == fs, c.b is fs.b, d.b is fs.b)
print(fs.__reduce_ex__(2)[0] is copyreg.__newobj__, fs.__reduce_ex__(2)[2])


@dataclass(frozen=True)
class F:
    a: int
    b: list = field(default_factory=list)


f = F(1, [2])
print(copy.copy(f), copy.deepcopy(f).b is f.b, f.__reduce_ex__(2)[2])


@dataclass(slots=True)
class S:
    a: int
    b: int = 0


s = S(1, 2)
print(copy.copy(s), copy.deepcopy(s), s.__reduce_ex__(2)[2])
print(hasattr(S, '__getstate__') and S.__getstate__ is object.__getstate__)


@dataclass
class Plain:
    a: int
    other: 'Plain' = None


p = Plain(1)
p.other = p
q = copy.deepcopy(p)
print(q.other is q, q is not p, repr(q))
