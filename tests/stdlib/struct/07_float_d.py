import struct
for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 1e308, 5e-324, 2.2250738585072014e-308, 1e-310,
          float('inf'), float('-inf')]:
    b = struct.pack('<d', v)
    print(repr(v), b.hex(), struct.pack('>d', v).hex(), struct.unpack('<d', b)[0])
b = struct.pack('>d', float('nan'))
print(b.hex(), struct.unpack('>d', b))
print(struct.pack('d', 3), struct.pack('d', True))
