import struct, random, math
r = random.Random(5)
bad = 0
for i in range(2000):
    v = math.ldexp(r.random(), r.randint(-150, 128)) * r.choice([1, -1])
    for fmt in ['<d', '>d', '<f', '>f', '<e']:
        try:
            b = struct.pack(fmt, v)
        except OverflowError:
            continue
        u = struct.unpack(fmt, b)[0]
        if struct.pack(fmt, u) != b:
            bad += 1
print('unstable', bad)
print([struct.pack('<f', math.ldexp(r.random(), r.randint(-149, 127))).hex() for i in range(12)])
print([struct.pack('<e', r.uniform(-70000, 70000)).hex() for i in range(12)])
