from statistics import NormalDist

s = NormalDist()
for p in [1e-300, 1e-100, 1e-20, 1e-10, 0.0001, 0.01, 0.025, 0.05, 0.074, 0.075, 0.076, 0.1,
          0.25, 0.3, 0.5, 0.6, 0.9, 0.925, 0.975, 0.99, 0.9999, 1 - 1e-12, 1 - 2 ** -53]:
    print(p, repr(s.inv_cdf(p)))
n = NormalDist(100, 15)
print(n.inv_cdf(0.5), n.inv_cdf(0.9), n.inv_cdf(0.1))
print(n.quantiles())
print(n.quantiles(10))
print(n.quantiles(1), n.quantiles(2))
print(len(n.quantiles(100)), n.quantiles(100)[:3])
for p in [0, 1, -0.5, 1.5, 0.0, 1.0]:
    try:
        s.inv_cdf(p)
    except Exception as e:
        print(p, type(e).__name__, e)
try:
    NormalDist(1, 0).inv_cdf(0.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.inv_cdf('x')
except TypeError as e:
    print('TypeError', e)
try:
    s.inv_cdf(float('nan'))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.quantiles(0)
except Exception as e:
    print(type(e).__name__, e)
print(s.quantiles(-3))
for p in [0.1, 0.5, 0.9]:
    print(round(s.cdf(s.inv_cdf(p)), 12))
