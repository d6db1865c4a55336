import random

# Integer seeds: small, large, negative (abs is used), and the module-level functions.
for s in [0, 1, 2, 7, 42, 123456789, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1,
          2**63, 2**64 - 1, 2**64, 10**30, 3**200, -1, -42, -(2**64), -(10**30)]:
    r = random.Random(s)
    print(s, [r.random() for _ in range(3)], r.getrandbits(32))

# abs(n) seeds the same generator as n
print(random.Random(-99).random() == random.Random(99).random())
# seed() again restarts the sequence
r = random.Random(5)
a = [r.random() for _ in range(4)]
r.seed(5)
print(a == [r.random() for _ in range(4)])
random.seed(2024)
print(random.random(), random.random())
