import struct
for v in [0.0, -0.0, 1.0, 0.1, 65504.0, 65519.0, 6.103515625e-05, 5.960464477539063e-08,
          2.9802322387695312e-08, 2.9802322387695313e-08, 8.940696716308594e-08, 1.0009765625, 1.00048828125,
          1.00146484375, 1000.3, -2.5, float('inf'), float('-inf')]:
    b = struct.pack('<e', v)
    print(repr(v), b.hex(), struct.pack('>e', v).hex(), struct.unpack('<e', b)[0])
print(struct.pack('<e', float('nan')).hex(), struct.unpack('<e', b'\x00\x7e'))
