import random

r = random.Random(2023)
print(r.sample(['red', 'blue'], counts=[4, 2], k=5))
print(r.sample(['red', 'blue'], counts=[4, 2], k=6))
print(r.sample('abc', k=4, counts=[1, 2, 3]))
print(r.sample(range(3), k=2, counts=(0, 0, 5)))
print(r.sample(['x'], counts=[10 ** 6], k=3))
print(r.sample(['a', 'b', 'c', 'd'], counts=iter([5, 0, 5, 1]), k=8))
print(r.sample(['x', 'y'], counts=[True, True], k=2))
