import random

# Large populations use a set of chosen indices (with re-draws on collisions).
r = random.Random(987)
print(r.sample(range(10**6), 10))
print(r.sample(range(100), 3))
print(r.sample(range(2**62), 4))
print(r.sample(range(50, 10**5, 3), 8))
print(r.sample(list(range(200)), 25))
print(r.sample(range(30), 5))
s = r.sample(range(64), 60)
print(len(set(s)), s[:12])
random.seed(12)
print(random.sample(range(1000), 12))
