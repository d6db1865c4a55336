import random

r = random.Random(10**9 + 7)
for n in [2**53, 2**53 + 1, 2**64, 10**50, 2**1000 + 17]:
    v = r.randrange(n)
    print(n.bit_length(), 0 <= v < n, v % 1000003)
print(r.randrange(-10**40, 10**40, 3) % 3 == (-10**40) % 3)
print(r.randrange(10**100, 0, -(10**97)))
print(r.randint(-2**200, 2**200) % 99991)
print(r.sample(range(2**60), 3))
print(r.choice(range(2**62)) % 1000)
x = r.choices(range(10**12), k=3)
print(x)
print(r._randbelow(1), r._randbelow(2**80) < 2**80)
try:
    r.sample(range(10**20), 3)
except OverflowError as e:
    print(type(e).__name__, e)
