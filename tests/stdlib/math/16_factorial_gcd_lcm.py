import math

for n in [0, 1, 5, 10, 20, 21, 25, True]:
    print("factorial", n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(100) % (10**9 + 7))
for bad in [-1, 5.0, 5.5, "5", None, -(10**30)]:
    try:
        math.factorial(bad)
    except (TypeError, ValueError) as e:
        print("factorial", repr(bad), type(e).__name__, e)

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0))
print(math.gcd(0, -5), math.gcd(12, 18, 30), math.gcd(7, 13), math.gcd(2**100, 6**50))
print(math.gcd(10**30 + 1, 10**20 + 1), math.gcd(True, 4), math.gcd(*range(6, 100, 6)))
print(type(math.gcd(True, True)).__name__)

print(math.lcm(), math.lcm(6), math.lcm(-6), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5))
print(math.lcm(2, 3, 4, 5), math.lcm(*range(1, 21)), math.lcm(2**64, 3**40))
print(math.lcm(10**20, 10**20 + 1))

for f in (math.gcd, math.lcm):
    for args in [(1.0, 2), (4, "6"), (None,), (2, 4.5)]:
        try:
            f(*args)
        except TypeError as e:
            print(f.__name__, args, type(e).__name__, e)
    try:
        f(a=1)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(math.gcd(Idx(24), Idx(36)), math.lcm(Idx(4), 10), math.factorial(Idx(6)))
