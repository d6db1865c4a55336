import random

r = random.Random(100)
print([r.normalvariate() for _ in range(4)])
print([r.normalvariate(10, 2) for _ in range(3)])
print(r.normalvariate(mu=5, sigma=0), r.normalvariate(0, -1))
print(r.gauss_next)
g = [r.gauss() for _ in range(5)]
print(g)
print(r.gauss_next)
print(r.gauss(100, 15), r.gauss_next)
r.gauss_next = 0.25
print(r.gauss(1, 2), r.gauss_next)
# seed() forgets the pending value
r.gauss()
r.seed(100)
print(r.gauss_next)
print(r.gauss(sigma=3))
r.seed(100)
print(r.gauss(0, 3) == r.gauss(0, 3))
random.seed(9)
print(random.gauss(), random.gauss(), random.normalvariate(1, 1))
