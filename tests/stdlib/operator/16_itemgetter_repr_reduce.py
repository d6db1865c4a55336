import operator

for args in [(1,), (1, 2), ("a",), ("a", "b", 3), ((1, 2),), (slice(1, 2),), (None,), ([1],)]:
    g = operator.itemgetter(*args)
    print(repr(g))
    r = g.__reduce__()
    print("  ", r[0] is operator.itemgetter, r[1], len(r))
    g2 = r[0](*r[1])
    print("  ", repr(g2) == repr(g))
print(operator.itemgetter("it's"))
print(str(operator.itemgetter(-1)))


class K:
    def __repr__(self):
        return "K()"


print(repr(operator.itemgetter(K(), K())))


class Rec:
    def __init__(self):
        self.g = None

    def __repr__(self):
        return "Rec(" + repr(self.g) + ")"


r = Rec()
r.g = operator.itemgetter(r)
print(repr(r.g))
r.g = None
