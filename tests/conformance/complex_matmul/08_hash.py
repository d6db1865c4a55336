for v in [0, 1, -1, 2.5, -0.0, 10**20, 1e300]:
    print(v, hash(complex(v, 0)) == hash(v), hash(complex(v)) == hash(v))
print(hash(0j) == hash(0), hash(-0j) == 0, hash(complex(-0.0, -0.0)))
print(hash(1j) == hash(1j), hash(1 + 2j) == hash(complex(1, 2)))
print(hash(complex(1, 0)), hash(complex(2, 0)), hash(3 + 0j))
print(hash(1j), hash(2j), hash(1 + 1j))
print(hash(complex(0, -1)))
print(hash(complex(float('inf'), 0)) == hash(float('inf')))
d = {1: 'int', 1.0: 'float'}
d[1 + 0j] = 'complex'
print(d)
print({0j: 'a'}[0], {2: 'b'}.get(2 + 0j), {2.5j: 'c'}.get(2.5))
print(len({1, 1.0, 1 + 0j, True}), len({1j, 1j * 1, complex(0, 1)}))
