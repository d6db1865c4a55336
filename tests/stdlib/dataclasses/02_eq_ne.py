from dataclasses import dataclass, field


@dataclass
class A:
    x: int
    y: int


@dataclass
class B:
    x: int
    y: int


class SubA(A):
    pass


print(A(1, 2) == A(1, 2), A(1, 2) != A(1, 2), A(1, 2) == A(2, 1))
print(A(1, 2) == B(1, 2), A(1, 2) != B(1, 2))
print(A(1, 2) == SubA(1, 2), SubA(1, 2) == A(1, 2))
print(A(1, 2) == (1, 2))
print(A.__eq__(A(1, 2), B(1, 2)))
print(A.__eq__(A(1, 2), A(1, 2)))
print(A(1, 2).__ne__(B(1, 2)))


class Weird:
    def __eq__(self, other):
        return False

    def __repr__(self):
        return 'Weird()'


w = Weird()
print(A(w, 1) == A(w, 1), A(Weird(), 1) == A(Weird(), 1))


class Loud:
    def __eq__(self, other):
        return 'loud'


print(A(Loud(), 1) == A(Loud(), 1))


@dataclass(eq=False)
class NoEq:
    x: int


n = NoEq(1)
print(n == NoEq(1), n == n, '__eq__' in NoEq.__dict__)


@dataclass
class Partial:
    x: int
    note: str = field(compare=False)


print(Partial(1, 'a') == Partial(1, 'b'), Partial(1, 'a') == Partial(2, 'a'))


@dataclass
class NoFields:
    pass


@dataclass
class NoFields2:
    pass


print(NoFields() == NoFields(), NoFields() == NoFields2())


@dataclass
class OwnEq:
    x: int

    def __eq__(self, other):
        return 'own'


print(OwnEq(1) == OwnEq(2))
print(OwnEq.__hash__)
print([A(1, 2), A(3, 4)].index(A(3, 4)), A(3, 4) in [A(1, 2), A(3, 4)])
