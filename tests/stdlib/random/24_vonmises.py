import random

r = random.Random(360)
print([r.vonmisesvariate(0, 1) for _ in range(4)])
print([r.vonmisesvariate(3.14, 10) for _ in range(4)])
print([r.vonmisesvariate(1, 0) for _ in range(3)])
print([r.vonmisesvariate(1, 1e-7) for _ in range(2)])
print([r.vonmisesvariate(-2, 0.5) for _ in range(3)])
print([r.vonmisesvariate(100, 1000) for _ in range(2)])
print(r.vonmisesvariate(0, -5))
try:
    r.vonmisesvariate(0, 'k')
except TypeError as e:
    print(type(e).__name__, e)
random.seed(6)
print(random.vonmisesvariate(1, 4))
