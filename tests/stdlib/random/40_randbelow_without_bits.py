import random
import warnings


class Fixed(random.Random):
    """random() only, from a fixed cycle of values."""

    def __init__(self, values):
        self.values = values
        self.i = 0
        super().__init__(0)

    def random(self):
        v = self.values[self.i % len(self.values)]
        self.i += 1
        return v


f = Fixed([0.1, 0.5, 0.999999, 0.25, 0.75])
print([f._randbelow(n) for n in [1, 2, 3, 10, 1000, 2**52]])
print(f.i)
# values at or above the rejection limit are drawn again
g = Fixed([1 - 2**-53, 0.5])
print(g._randbelow(3), g.i)
# 2**53 and above: a warning, and a single scaled draw
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    print(f._randbelow(2**53), f._randbelow(2**60 + 3), f.randrange(2**70))
for w in log:
    print(w.category.__name__, repr(str(w.message)))
print(f.choice(range(7)), f.sample(range(100), 3), f.randint(1, 6))
