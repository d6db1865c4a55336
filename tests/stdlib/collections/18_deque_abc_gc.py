import gc
from collections import deque
from collections.abc import (MutableSequence, Sequence, Iterable, Sized, Container,
                             Reversible, Collection, Hashable, Mapping)

d = deque([1])
print(isinstance(d, MutableSequence), isinstance(d, Sequence), isinstance(d, Iterable))
print(isinstance(d, Sized), isinstance(d, Container), isinstance(d, Reversible))
print(isinstance(d, Collection), isinstance(d, Hashable), isinstance(d, Mapping))
print(issubclass(deque, MutableSequence))
print(gc.is_tracked(deque()), gc.is_tracked(deque([1, 2])), gc.is_tracked(deque(maxlen=0)))


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


a, b, c = Obj("a"), Obj("b"), Obj("c")
dq = deque([b, a, c, a])
refs = [r for r in gc.get_referents(dq) if isinstance(r, Obj)]
print(len(refs), sorted(repr(r) for r in refs))
print(any(r is dq for r in gc.get_referrers(a)))
empty_refs = [r for r in gc.get_referents(deque()) if not isinstance(r, type)]
print(empty_refs)
dq.clear()
print([r for r in gc.get_referents(dq) if isinstance(r, Obj)])
print(any(r is dq for r in gc.get_referrers(a)))
ints = deque(range(100))
print(len([r for r in gc.get_referents(ints) if isinstance(r, int)]))
big = deque([Obj(str(i)) for i in range(150)])
print(len([r for r in gc.get_referents(big) if isinstance(r, Obj)]))
