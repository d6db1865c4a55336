import struct
b = bytearray(8)
cases = [('i', (b,)), ('i', ()), ('i', (b, 0)), ('i', (b, 0, 1, 2)), ('i', (b'12345678', 0, 1)),
         ('i', (b, -2, 1)), ('i', (b, -10, 1)), ('i', (b, 6, 1)), ('i', (b, 9, 1)), ('i', (b, 'x', 1)),
         ('i', (b, 2**70, 1)), ('i', (b, 6, 'x')), ('i', (b, 0, 'x')), ('i', (b, 1.0, 1)), ('i', ([0] * 8, 0, 1))]
for fmt, args in cases:
    try:
        struct.pack_into(fmt, *args)
        print('ok', b)
    except Exception as e:
        print(type(e).__name__, e)
print(b)
