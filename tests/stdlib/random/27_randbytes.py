import random

r = random.Random(256)
for n in [0, 1, 2, 3, 4, 5, 7, 8, 9, 16, 33]:
    b = r.randbytes(n)
    print(n, type(b).__name__, len(b), b)
# randbytes draws the same bits getrandbits does
r.seed(1)
a = r.randbytes(10)
r.seed(1)
print(a == r.getrandbits(80).to_bytes(10, 'little'))
try:
    r.randbytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.randbytes(1.5)
except TypeError as e:
    print(type(e).__name__, e)
random.seed(3)
print(random.randbytes(6))
