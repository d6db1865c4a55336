import random

r = random.Random(31)
print(r.choices('abc'))
print(r.choices('abc', k=10))
print(r.choices(range(1000), k=5))
print(r.choices([None], k=3))
print(r.choices('abc', k=0), r.choices('abc', k=-3))
try:
    r.choices('', k=2)
except IndexError as e:
    print(type(e).__name__, e)
print(r.choices('', k=0))
try:
    r.choices('abc', k=2.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.choices({1, 2}, k=1)
except TypeError as e:
    print(type(e).__name__, e)
random.seed(7)
print(random.choices(['win', 'lose', 'draw'], k=6))
