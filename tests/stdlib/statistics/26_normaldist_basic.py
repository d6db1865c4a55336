from fractions import Fraction as F
from statistics import NormalDist, StatisticsError


def show(*args, **kwargs):
    try:
        r = NormalDist(*args, **kwargs)
    except Exception as e:
        print(args, kwargs, '->', type(e).__name__, e)
        return
    print(args, kwargs, '->', repr(r), r.mean, r.median, r.mode, r.stdev, r.variance)


show()
show(100, 15)
show(mu=2.5)
show(sigma=3)
show(F(1, 3), F(1, 2))
show(True, False)
show(-1e300, 1e300)
show(0, 0)
show(0, -1)
show(0, -0.0)
show('1', 2)
show('x', 2)
show(1, 'x')
show(None)
show(0, None)
show(1j)
show(1, 2, 3)
show(float('nan'), float('inf'))
n = NormalDist(1, 2)
print(str(n), '%r' % n, [n])
for attr in ['mean', 'stdev', 'variance', '_mu']:
    try:
        setattr(n, attr, 5)
        print(attr, 'set ->', repr(n))
    except AttributeError as e:
        print(attr, 'AttributeError', e)
try:
    n.other = 1
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(n, '__dict__'), sorted(NormalDist.__slots__))
