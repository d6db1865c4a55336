import random

r = random.Random(1906)
print([r.paretovariate(1) for _ in range(3)])
print([r.paretovariate(3.5) for _ in range(3)])
print([r.paretovariate(-1) for _ in range(2)])
print([r.weibullvariate(1, 1) for _ in range(3)])
print([r.weibullvariate(2, 0.5) for _ in range(3)])
print([r.weibullvariate(10, 5) for _ in range(3)])
for f, args in [(r.paretovariate, (0,)), (r.weibullvariate, (1, 0))]:
    try:
        f(*args)
    except ZeroDivisionError as e:
        print(f.__name__, type(e).__name__, e)
random.seed(19)
print(random.paretovariate(2), random.weibullvariate(1, 3))
