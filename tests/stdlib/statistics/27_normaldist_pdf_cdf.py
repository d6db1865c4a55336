from statistics import NormalDist

n = NormalDist(2.4, 1.6)
for x in [-5, -1.5, 0, 1, 2.4, 2.5, 3, 4.0, 10, 100, 1e300, float('inf'), float('-inf')]:
    print(x, repr(n.pdf(x)), repr(n.cdf(x)))
s = NormalDist()
for x in [-3, -2, -1, 0, 1, 2, 3, 0.5, -0.25]:
    print(x, repr(s.pdf(x)), repr(s.cdf(x)))
print(NormalDist(100, 15).cdf(130) - NormalDist(100, 15).cdf(70))
z = NormalDist(3, 0)
for m in ['pdf', 'cdf']:
    try:
        getattr(z, m)(3)
    except Exception as e:
        print(m, type(e).__name__, e)
try:
    n.pdf('a')
except TypeError as e:
    print('TypeError', e)
try:
    n.cdf(None)
except TypeError as e:
    print('TypeError', e)
print(repr(n.pdf(float('nan'))), repr(n.cdf(float('nan'))))
