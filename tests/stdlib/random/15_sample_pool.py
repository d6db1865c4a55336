import random

# Small populations (n <= setsize) use the pool algorithm.
r = random.Random(555)
print(r.sample(range(10), 3))
print(r.sample(range(10), 10))
print(r.sample(range(10), 0))
print(r.sample('abcdefghijklmnopqrstu', 5))
print(r.sample(tuple('abcdefghijklmnopqrstuvwxyz'), 5))
print(r.sample([1, 1, 2, 2, 3], 4))
# the boundary: setsize is 21 for k <= 5, 21 + 4**ceil(log(3k, 4)) above
print(r.sample(range(21), 5), r.sample(range(22), 5))
print(r.sample(range(85), 6), r.sample(range(86), 6))
print(r.sample(range(277), 22), r.sample(range(278), 22))
big = r.sample(range(1000), 1000)
print(sorted(big) == list(range(1000)), big[:10])
random.seed(1)
print(random.sample(range(20), 7))
