import random


class Lcg(random.Random):
    """A toy generator that only supplies random()."""

    def __init__(self, seed=1):
        self.state = seed
        super().__init__(seed)

    def random(self):
        self.state = (self.state * 1103515245 + 12345) % 2**31
        return self.state / 2**31

    def seed(self, a=None):
        self.state = a or 1


print(Lcg._randbelow is random.Random._randbelow_without_getrandbits)
g = Lcg(7)
print([g.random() for _ in range(3)])
print([g.randrange(10) for _ in range(10)])
print([g.randint(1, 6) for _ in range(10)])
print(g.choice('abcdef'), g.sample(range(100), 5))
x = list(range(10))
g.shuffle(x)
print(x)
print(g.choices('ab', k=4), g.uniform(1, 2), g.gauss())
# getrandbits still comes from the Mersenne Twister core, unaffected
print(type(g.getrandbits(8)).__name__)
