import random

r = random.Random(1)
print(r.choice([1, 2, 3]))
r.choice([])
