import math

for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (10, 3), (52, 5), (100, 50), (1000, 3), (60, 30)]:
    print("comb", n, k, math.comb(n, k), "perm", math.perm(n, k))
print(math.perm(5), math.perm(0), math.perm(20))
print(math.perm(5, None))
print(math.comb(10**4, 2), math.perm(10**4, 2))
print(len(str(math.comb(2000, 1000))), math.comb(2000, 1000) % 1000003)
print(math.comb(True, True), math.perm(True))
print(type(math.comb(5, 2)).__name__)

for f in (math.comb, math.perm):
    for args in [(-1, 2), (5, -1), (5.0, 2), (5, 2.0), ("5", 2), (5,), (5, 2, 1)]:
        if f is math.perm and args == (5,):
            continue
        try:
            print(f.__name__, args, f(*args))
        except (TypeError, ValueError) as e:
            print(f.__name__, args, type(e).__name__, e)

try:
    math.comb(10**30, 10**30 // 2)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.comb(10**30, 1), math.comb(10**30, 10**30 - 1) == 10**30)
print(math.perm(10**20, 1), math.perm(10**20, 0))

class Idx:
    def __index__(self):
        return 6

print(math.comb(Idx(), 3), math.perm(Idx(), Idx()))
