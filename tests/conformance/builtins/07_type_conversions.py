print(int("7"), float("7"), str(7), bool(7), list("77"), tuple([7]), set([7, 7]), frozenset([7]))
print(dict([(1, 2)]), dict(a=1), dict({"b": 2}, c=3))
print(list({1: "x", 2: "y"}.items()), tuple({3: 4}), str("plain"))
print(bool(""), bool("False"), bool([[]]), bool(0.0), bool(None))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset())
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
