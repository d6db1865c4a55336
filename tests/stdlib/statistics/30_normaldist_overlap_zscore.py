from statistics import NormalDist

n1 = NormalDist(2.4, 1.6)
n2 = NormalDist(3.2, 2.0)
print(repr(n1.overlap(n2)), repr(n2.overlap(n1)))
print(repr(n1.overlap(n1)), repr(NormalDist(0, 1).overlap(NormalDist(1, 1))))
print(repr(NormalDist(0, 1).overlap(NormalDist(0, 2))), repr(NormalDist(0, 1).overlap(NormalDist(50, 1))))
print(repr(NormalDist(5, 0.1).overlap(NormalDist(5.05, 10))))
for other in [NormalDist(1, 0), 'x', None, 3]:
    try:
        n1.overlap(other)
    except Exception as e:
        print(type(e).__name__, e)
try:
    NormalDist(1, 0).overlap(NormalDist(1, 0))
except Exception as e:
    print(type(e).__name__, e)
for x in [2.4, 4.0, 0.0, -1.6, 1e10]:
    print(x, repr(n1.zscore(x)))
print(NormalDist(100, 15).zscore(130))
try:
    NormalDist(1, 0).zscore(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    n1.zscore('a')
except TypeError as e:
    print('TypeError', e)
