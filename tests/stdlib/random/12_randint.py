import random

r = random.Random(77)
print([r.randint(1, 6) for _ in range(20)])
print([r.randint(0, 0) for _ in range(3)])
print([r.randint(-5, 5) for _ in range(10)])
print(r.randint(10**20, 10**21), r.randint(-2**100, -2**99))
for args in [(5, 4), (0, -1), (1.5, 3), (1, 'x'), ('a', 'b')]:
    try:
        print(r.randint(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    r.randint(1)
except TypeError as e:
    print(type(e).__name__, e)
random.seed(3)
print([random.randint(1, 100) for _ in range(8)])
