import random

r = random.Random(5150)
print([r.gammavariate(0.1, 1) for _ in range(3)])
print([r.gammavariate(0.5, 2) for _ in range(3)])
print([r.gammavariate(0.999, 1) for _ in range(2)])
print([r.gammavariate(1, 1) for _ in range(3)])
print([r.gammavariate(1.0, 3.5) for _ in range(2)])
print([r.gammavariate(2, 1) for _ in range(3)])
print([r.gammavariate(50, 0.1) for _ in range(3)])
print([r.gammavariate(1e6, 1) for _ in range(2)])
print([r.betavariate(2, 5) for _ in range(3)])
print([r.betavariate(0.5, 0.5) for _ in range(3)])
print([r.betavariate(1, 1) for _ in range(2)])
print([r.betavariate(0.01, 3) for _ in range(3)])
for args in [(0, 1), (1, 0), (-1, 1), (1, -2), (0.0, 0.0)]:
    try:
        r.gammavariate(*args)
    except ValueError as e:
        print(args, type(e).__name__, e)
try:
    r.betavariate(0, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.betavariate(1, 0)
except ValueError as e:
    print(type(e).__name__, e)
random.seed(1)
print(random.gammavariate(3, 2), random.betavariate(2, 2))
