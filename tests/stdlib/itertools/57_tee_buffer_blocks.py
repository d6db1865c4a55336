import itertools

# CPython's tee keeps its buffer in linked blocks of 57 values; a value is released
# only when every tee has moved past the whole block holding it.
dead = []


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        dead.append(self.n)


def src(n):
    for i in range(n):
        yield D(i)


a, b = itertools.tee(src(130))
for _ in range(120):
    next(a)
print("a at 120, dead:", len(dead))
for _ in range(56):
    next(b)
print("b at 56, dead:", len(dead))
next(b)
print("b at 57, dead:", len(dead))
next(b)
print("b at 58, dead:", len(dead), dead[0], dead[-1])
for _ in range(57):
    next(b)
print("b at 115, dead:", len(dead), dead[-1])
dead.clear()
del a
print("a deleted, dead:", dead)
rest = sum(1 for _ in b)
print("b drained", rest, "more, dead:", len(dead))
del b
print("b deleted, dead:", len(dead), min(dead), max(dead))
dead.clear()
print("--- single tee walking far")
(t,) = itertools.tee(src(200), 1)
for _ in range(171):
    next(t)
print("t at 171, dead:", len(dead), max(dead))
next(t)
print("t at 172, dead:", len(dead), max(dead))
del t
print("t deleted, dead:", len(dead))
