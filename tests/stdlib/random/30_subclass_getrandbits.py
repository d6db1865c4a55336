import random


class Counter(random.Random):
    """getrandbits() only: randrange uses it."""

    def __init__(self):
        self.n = 0
        super().__init__(0)

    def getrandbits(self, k):
        self.n += 1
        return (self.n * 2654435761) % (1 << k) if k else 0


print(Counter._randbelow is random.Random._randbelow_with_getrandbits)
c = Counter()
print([c.randrange(10) for _ in range(10)])
print(c.n)
print(c.randrange(1), c.n)
print(c.randbytes(4))
print(c.random() < 1.0)


class Both(random.Random):
    def random(self):
        return 0.5

    def getrandbits(self, k):
        return 0


# getrandbits defined in the class itself wins
print(Both._randbelow is random.Random._randbelow_with_getrandbits)
b = Both()
print(b.randrange(100), b.choice('xyz'), b.uniform(0, 10), b.choices('abcd', k=3))


class Own(random.Random):
    def _randbelow(self, n):
        return n - 1

    def random(self):
        return 0.0


print(Own._randbelow is random.Random._randbelow_with_getrandbits, Own().randrange(10))
