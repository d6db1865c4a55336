import random

r = random.Random(8)
print([r.lognormvariate(0, 1) for _ in range(3)])
print([r.lognormvariate(2, 0.5) for _ in range(3)])
print(r.lognormvariate(1, 0))
print([r.expovariate(1) for _ in range(3)])
print([r.expovariate(0.25) for _ in range(3)])
print([r.expovariate(-2) for _ in range(3)])
try:
    r.expovariate(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    r.expovariate()
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.lognormvariate(0)
except TypeError as e:
    print(type(e).__name__, e)
random.seed(4)
print(random.expovariate(3), random.lognormvariate(0, 0.1))
