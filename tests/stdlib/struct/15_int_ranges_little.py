import struct
for order in '<=':
    for c in 'bBhHiIlLqQ':
        n = struct.calcsize(order + c)
        for v in [-2**(8*n-1) - 1, -1, 2**(8*n-1) - 1, 2**(8*n), 2**70]:
            try:
                r = struct.pack(order + c, v).hex()
            except struct.error as e:
                r = 'error: %s' % e
            print(order, c, v if abs(v) < 2**65 else 'big', r)
