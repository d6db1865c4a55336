import random

s = random.SystemRandom()
print(type(s).__name__, isinstance(s, random.Random), random.SystemRandom.__mro__[1].__name__)
x = s.random()
print(type(x).__name__, 0.0 <= x < 1.0)
print(all(0 <= s.randrange(10) < 10 for _ in range(50)))
print(all(1 <= s.randint(1, 6) <= 6 for _ in range(50)))
print(s.getrandbits(0), s.getrandbits(5) < 32, s.getrandbits(100).bit_length() <= 100)
print(len(s.randbytes(0)), len(s.randbytes(17)), type(s.randbytes(3)).__name__)
print(s.choice('a'), sorted(s.sample(range(5), 5)), len(s.choices('ab', k=7)))
v = list(range(20))
s.shuffle(v)
print(sorted(v) == list(range(20)))
print(s.seed(), s.seed(123), s.seed(1, 2, x=3))
for name in ['getstate', 'setstate']:
    try:
        getattr(s, name)()
    except NotImplementedError as e:
        print(name, type(e).__name__, e)
try:
    s.setstate((3, (), None))
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    s.getrandbits(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.randbytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
g = s.gauss()
print(type(g).__name__, type(s.gammavariate(2, 1)).__name__)
print(random.SystemRandom._randbelow is random.Random._randbelow_with_getrandbits)
print(random.SystemRandom(42).random() != random.Random(42).random() or 'same')
