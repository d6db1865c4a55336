import operator


class V:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return "V" + repr(tuple(self.xs))

    def __add__(self, other):
        if isinstance(other, V):
            return V(*[a + b for a, b in zip(self.xs, other.xs)])
        if isinstance(other, int):
            return V(*[a + other for a in self.xs])
        return NotImplemented

    def __radd__(self, other):
        return V(*[other + a for a in self.xs] + ["r"])

    def __iadd__(self, other):
        self.xs.append(other)
        return self

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __neg__(self):
        return V(*[-a for a in self.xs])

    def __abs__(self):
        return V(*[abs(a) for a in self.xs])

    def __mul__(self, k):
        return V(*[a * k for a in self.xs])

    __rmul__ = __mul__

    def __getitem__(self, i):
        return self.xs[i]

    def __contains__(self, x):
        return x in self.xs


a = V(1, 2)
b = V(10, 20)
print(operator.add(a, b), operator.add(a, 5), operator.add(5, a))
print(operator.matmul(a, b), operator.neg(a), operator.abs(V(-3, 4)))
print(operator.mul(a, 3), operator.mul(3, a), operator.getitem(b, 1))
print(operator.contains(a, 2), operator.contains(a, 3), operator.countOf(b, 20))
c = a
r = operator.iadd(a, 99)
print(r is a, c, a)
r = operator.imatmul(V(1, 1), V(2, 3))
print(r)
print(operator.concat(V(1), V(2)))
print(operator.iconcat(V(1), V(2)))
print(operator.itemgetter(0, -1)(b), operator.attrgetter("xs")(b))
