import random

r = random.Random(17)
print([r.uniform(0, 1) for _ in range(3)])
print([r.uniform(10, -10) for _ in range(3)])
print(r.uniform(5, 5), r.uniform(0, 10**20), r.uniform(-1.5, 2.5))
print([r.triangular() for _ in range(3)])
print([r.triangular(0, 10) for _ in range(3)])
print([r.triangular(0, 10, 9) for _ in range(3)])
print([r.triangular(10, 0, 1) for _ in range(3)])
print(r.triangular(3, 3), r.triangular(3, 3, 3), r.triangular(1, 5, 1), r.triangular(1, 5, 5))
for args in [('a', 'b'), (0, 1, 'x')]:
    try:
        r.triangular(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    r.uniform(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.uniform('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
random.seed(2)
print(random.uniform(1, 2), random.triangular(0, 1, 0.25))
