from statistics import NormalDist

n = NormalDist(100, 15)
a = n.samples(5, seed=42)
b = n.samples(5, seed=42)
print(a == b, len(a), [round(x, 6) for x in a])
print([round(x, 6) for x in NormalDist().samples(3, seed='seed')])
print(NormalDist(1, 0).samples(3, seed=1))
print(n.samples(0, seed=7))
try:
    n.samples(3, 42)
except TypeError as e:
    print('TypeError', e)
