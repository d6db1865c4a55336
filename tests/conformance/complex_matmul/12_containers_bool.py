s = {1j, 2j, 1j, complex(0, 1)}
print(len(s), 1j in s, 3j in s)
print(sorted(s, key=lambda c: c.imag))
f = frozenset([0j, 0, 0.0, False])
print(len(f), list(f))
d = {1 + 2j: 'a', 3j: 'b'}
d[complex('1+2j')] = 'c'
print(d, len(d))
print(d.get(3j), d.get(3), list(d.keys()))
d2 = {0: 'zero'}
d2[0j] = 'cz'
d2[-0j] = 'nz'
print(d2)
print(bool(0j), bool(-0j), bool(1j), bool(complex(0, -0.0)), bool(1e-320j))
print(bool(complex(float('nan'), 0)), not 0j, 0j or 'fallback', 2j and 'yes')
if 0j:
    print('truthy')
else:
    print('falsy')
print([c for c in [0j, 1, 0, 2j, 0.0] if c])
print(any([0j, -0j]), all([1j, 1]))
print(sum({1j: 0, 2: 0}), sorted([3, 1, 2], key=lambda v: (v * 1j).imag))
