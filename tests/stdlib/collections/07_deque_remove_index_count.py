from collections import deque

d = deque([1, 2, 3, 2, 1, 2])
print(d.count(2), d.count(1), d.count(9), d.count("2"))
d.remove(2)
print(d)
try:
    d.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque().remove("x")
except ValueError as e:
    print(type(e).__name__, e)
d = deque("abcabcabc")
print(d.index("b"), d.index("b", 2), d.index("b", 2, 5), d.index("c", -4))
print(d.index("a", -100), d.index("a", 1, 100))
for args in (("z",), ("a", 1, 3), ("a", 7), ("c", 0, 2), ("a", 4, 2)):
    try:
        print(d.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
print(deque([1.0, 2, True]).index(1), deque([1.0, 2, True]).count(1))
for args in ((), ("a", "x")):
    try:
        d.index(*args)
    except TypeError as e:
        print(type(e).__name__, e)


class Eq:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("eq", self.n, other)
        return other == self.n


d = deque([5, 6, 7])
print(d.index(Eq(6)))
print(d.count(Eq(7)))
d.remove(Eq(5))
print(d)


class Bad:
    def __eq__(self, other):
        raise RuntimeError("no compare")


try:
    deque([1, 2]).remove(Bad())
except RuntimeError as e:
    print(type(e).__name__, e)
