import random

r = random.Random(2718)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 53, 63, 64, 65, 100, 128, 129, 1000]:
    v = r.getrandbits(k)
    print(k, v, v.bit_length() <= k)

for bad in [-1, -100]:
    try:
        r.getrandbits(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [1.5, '8', None]:
    try:
        r.getrandbits(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    r.getrandbits()
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.getrandbits(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(r.getrandbits(True))
random.seed(5)
print(random.getrandbits(40))
