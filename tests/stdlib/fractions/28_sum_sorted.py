from fractions import Fraction as F

xs = [F(1, k) for k in range(1, 11)]
print(sum(xs), repr(sum(xs, F(0))), sum(xs, 0.0))
print(sorted(xs)[:3], max(xs), min(xs))
print(sorted([F(1, 3), 0.3, F(3, 10), 1, 0, F(-1, 2)]))
print(sum([F(1, 2), 0.25, 1]), type(sum([F(1, 2), 1])).__name__)
egypt = []
r = F(5, 121)
while r:
    n = -(-r.denominator // r.numerator)
    egypt.append(F(1, n))
    r -= F(1, n)
print(egypt, sum(egypt))
cf = []
x = F(415, 93)
while True:
    a = x.numerator // x.denominator
    cf.append(a)
    x -= a
    if not x:
        break
    x = 1 / x
print(cf)
print(list(map(str, sorted({F(1, 2), F(1, 3), F(2, 4), F(2, 6)}))))
