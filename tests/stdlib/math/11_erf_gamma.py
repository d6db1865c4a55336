import math

for v in [0, -0.0, 0.1, 0.5, 1, -1, 2, 3, 5, 6, 30, -30, 1e-300, float("inf"), float("-inf"), float("nan")]:
    print("erf", repr(v), repr(math.erf(v)), "erfc", repr(math.erfc(v)))

# gamma at integers is factorial
for n in range(1, 8):
    print(n, repr(math.gamma(n)), math.factorial(n - 1))
for v in [0.5, 1.5, -0.5, -1.5, 2.5, 10.1, 171.5, 1e-300, -1e-300, 0.0001, float("inf"), float("nan"), 171.6]:
    print("gamma", repr(v), repr(math.gamma(v)))
print(repr(math.gamma(0.5) ** 2), repr(math.pi))

for v in [1, 2, 0.5, 3, 10, 100, 1000.5, 1e300, -0.5, -2.5, 1e-300, float("inf"), float("-inf"), float("nan")]:
    print("lgamma", repr(v), repr(math.lgamma(v)))
print(repr(math.lgamma(171)), repr(math.log(math.factorial(170))))

# relations between the functions
for x in [0.3, 1.7, -2.2]:
    print(repr(math.erf(x) + math.erfc(x)), repr(math.erf(-x) == -math.erf(x)))
    print(repr(math.lgamma(x)), repr(math.log(abs(math.gamma(x)))))

# normal CDF through erf, a common notebook idiom
def phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))

for z in [-3, -1.96, -1, 0, 1, 1.96, 3]:
    print(z, repr(phi(z)))
print(repr(math.gamma(5.5) / math.gamma(4.5)), repr(math.exp(math.lgamma(10.5))))
