import random

# Long runs stay in step: sums of many draws for several seeds and methods.
for seed in [0, 1, 12345, -77, 'corpus', b'bytes', 6.25, 2**90]:
    r = random.Random(seed)
    total = sum(r.random() for _ in range(2000))
    ints = sum(r.randrange(1000) for _ in range(2000))
    g = sum(r.gauss() for _ in range(500))
    bits = 0
    for _ in range(300):
        bits ^= r.getrandbits(97)
    print(repr(seed), total, ints, g, bits)
