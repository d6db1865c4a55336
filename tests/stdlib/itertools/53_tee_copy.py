import itertools

a, b = itertools.tee(range(6))
next(a)
next(a)
c = a.__copy__()
print(type(c).__name__, c is a)
print(next(c), next(a), list(c), list(a), list(b))
a, = itertools.tee("hello", 1)
next(a)
d = a.__copy__()
print(list(d), list(a))
# tee of a tee: the first result is the very same object, the rest are copies
a, b = itertools.tee([1, 2, 3, 4])
next(a)
x, y = itertools.tee(a)
print(x is a, y is a, type(y).__name__)
print(list(y), list(x), list(b))
a, b = itertools.tee("abc")
p, q, r = itertools.tee(b, 3)
print(p is b, q is r, next(q), next(r), list(p), list(q), list(a))
# an iterator with __copy__ is copied instead of being wrapped
class Copyable:
    def __init__(self, i=0):
        self.i = i

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= 3:
            raise StopIteration
        self.i += 1
        return self.i

    def __copy__(self):
        print("  __copy__ called at", self.i)
        return Copyable(self.i)


src = Copyable()
next(src)
s1, s2, s3 = itertools.tee(src, 3)
print(s1 is src, type(s2).__name__, list(s2), list(s1), list(s3))
# copying a tee that has reached the end
a, b = itertools.tee([9])
list(a)
print(list(a.__copy__()), list(b.__copy__()))
# the _tee type can be constructed directly
T = type(a)
t = T([5, 6])
print(type(t).__name__, next(t), list(t.__copy__()), list(t))
