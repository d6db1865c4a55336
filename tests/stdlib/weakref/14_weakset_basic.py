import weakref


class O:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "O(%d)" % self.n


a, b, c = O(1), O(2), O(3)
s = weakref.WeakSet()
print(len(s), repr(s), bool(s))
s.add(a)
s.add(b)
s.add(a)
print(len(s), a in s, c in s, 1 in s, [] in s, bool(s))
s.discard(c)
s.discard(a)
print(len(s), a in s)
try:
    s.remove(a)
except KeyError:
    print("KeyError on remove")
s.remove(b)
print(len(s))
try:
    s.add(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.discard(1)
except TypeError as e:
    print(type(e).__name__, e)
s.update([a, b, c])
print(len(s), sorted(x.n for x in s))
p = s.pop()
print(p in (a, b, c), len(s), p in s)
s.clear()
print(len(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
s2 = weakref.WeakSet([a, b])
print(sorted(x.n for x in s2.copy()), type(s2.copy()).__name__)
try:
    weakref.WeakSet(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.WeakSet([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(s2)
except TypeError as e:
    print(type(e).__name__, e)
