import struct
for c in 'bBhHiIlLqQnNP':
    n = struct.calcsize(c)
    for v in [-2**(8*n-1) - 1, -1, 2**(8*n) - 1, 2**(8*n), 2**(8*n-1), 2**70, -2**70]:
        try:
            r = struct.pack(c, v).hex()
        except struct.error as e:
            r = 'error: %s' % e
        print(c, v if abs(v) < 2**65 else 'big', r)
