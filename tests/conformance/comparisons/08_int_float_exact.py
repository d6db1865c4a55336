# Ints and floats compare exactly, also beyond 2**53 where a float cannot hold every int.
big = 2**53 + 1
f = float(2**53)
print(big == f, big != f, big > f, f < big)
print(f in [big], [big].count(f), big in {f}, f in (big,))
print(2**60 == float(2**60), -3 == -3.0, 1 == 1.5, 10**30 == 1e30)
print([1, 2.0, 3].index(2), (2**63 - 1) == float(2**63 - 1))
