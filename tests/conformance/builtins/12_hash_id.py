print(hash(1), hash(-1), hash(0), hash(True), hash(1.0), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(1.5) == hash(1.5), hash("abc") == hash("abc"), hash((1, "a")) == hash((1, "a")))
print(hash(frozenset({1})) == hash(frozenset([1])))
for v in [[1], {1: 2}, {3}]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(id(None) == id(None))
