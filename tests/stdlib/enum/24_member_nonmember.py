from enum import Enum, member, nonmember, auto


class Ops(Enum):
    @member
    def add(a, b):
        return a + b

    @member
    def mul(a, b):
        return a * b

    LIMIT = nonmember(100)
    NAMES = nonmember(('x', 'y'))
    ONE = 1

    def method(self):
        return 'method of ' + self.name


print(list(Ops.__members__))
print(Ops.add.value(2, 3), Ops.mul.value(2, 3), Ops.LIMIT, Ops.NAMES)
print(Ops.ONE.method(), Ops['mul'].name, Ops.ONE.LIMIT)
print(repr(Ops.ONE), type(Ops.LIMIT).__name__)


class Consts(Enum):
    A = member(5)
    B = member(auto())
    C = nonmember(auto())


print(list(Consts), type(Consts.C).__name__)

m = member(3)
n = nonmember(4)
print(m.value, n.value, type(m).__name__, type(n).__name__)


class Lambdas(Enum):
    F = member(lambda: 'called')
    G = lambda: 'plain'


print(list(Lambdas.__members__), Lambdas.F.value(), Lambdas.G())
