import math
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(50) if is_prime(n)])
print(math.gcd(2 ** 40, 6 ** 20), math.factorial(25) // math.factorial(23))
print(math.comb(52, 5), math.isqrt(10 ** 30), math.floor(1e20), math.ceil(-1e-9))
print(math.sqrt(10 ** 10), math.floor(math.sqrt(17)), math.ceil(7 / 2))
print(round(sum(1 / math.factorial(k) for k in range(20)), 12), math.factorial(0))
