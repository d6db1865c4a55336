import random

r = random.Random(31337)
print([r.randrange(10) for _ in range(15)])
print([r.randrange(1) for _ in range(3)])
print([r.randrange(5, 10) for _ in range(10)])
print([r.randrange(-10, -5) for _ in range(10)])
print([r.randrange(0, 100, 5) for _ in range(10)])
print([r.randrange(100, 0, -7) for _ in range(10)])
print([r.randrange(-3, 20, 4) for _ in range(10)])
print([r.randrange(10, -10, -1) for _ in range(10)])
print(r.randrange(2**70), r.randrange(-2**80, 2**80), r.randrange(0, 10**40, 10**20 + 1))
print(r.randrange(True), r.randrange(False, True))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print([r.randrange(Idx(3), Idx(30), Idx(3)) for _ in range(5)])
print(r.randrange(start=2, stop=9, step=2), r.randrange(stop=5, start=1))
random.seed(8)
print([random.randrange(1000) for _ in range(5)])
