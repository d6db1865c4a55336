class Bag(list):
    pass

b = Bag([1, 2, 3])
print(b == [1, 2, 3], [1, 2, 3] == b, b != [1, 2], b < [1, 2, 4], [0] < b, b >= Bag([1, 2]))
p = b + [4]
print(p, type(p).__name__)
q = [0] + b
print(q, type(q).__name__)
r = b * 2
print(r, type(r).__name__)
r2 = 2 * b
print(r2, type(r2).__name__)
same = b
b += [7, 8]
print(b, type(b).__name__, b is same)
b *= 2
print(len(b), type(b).__name__, b is same)
print(repr(Bag([1, "x"])), str(Bag()), Bag())
print(bool(Bag()), bool(Bag([0])), not Bag())
plain = list(b)
print(plain, type(plain).__name__, plain == b, plain is b)
srt = sorted(Bag([3, 1, 2]))
print(srt, type(srt).__name__)
print(isinstance(b, list), isinstance(b, Bag), type(b) is list, type(b) is Bag)
print(issubclass(Bag, list), isinstance([], Bag), Bag.__name__)
print(max(Bag([4, 9, 2])), min(Bag([4, 9, 2])), sum(Bag([4, 9, 2])))
