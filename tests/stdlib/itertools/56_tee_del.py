import itertools


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  del", self.n)


def src(n):
    for i in range(n):
        yield D(i)


a, b = itertools.tee(src(3))
print("a takes all:", [x.n for x in a])
print("b takes one:", next(b).n)
print("b takes the rest:", [x.n for x in b])
print("del a (b still shares the buffer)")
del a
print("del b")
del b
print("--- one tee dropped early")
a, b = itertools.tee(src(3))
del b
print("a walks:", [x.n for x in a])
print("del a")
del a
print("--- n=3, unequal progress")
a, b, c = itertools.tee(src(2), 3)
print(next(a).n, next(b).n)
del a, b
print("c still replays:", [x.n for x in c])
del c
print("--- tee of an empty source and n=0")
a, b = itertools.tee(src(0))
print(list(a), list(b))
print(itertools.tee(src(2), 0))
print("end")
