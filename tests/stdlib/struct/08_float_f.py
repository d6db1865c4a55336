import struct
for v in [0.0, -0.0, 1.0, 0.1, 1/3, 3.4028234663852886e38, 1.1754943508222875e-38, 1.401298464324817e-45,
          7e-46, 1e-46, 16777217.0, 16777219.0, 2.0000001, float('inf'), float('-inf')]:
    b = struct.pack('<f', v)
    print(repr(v), b.hex(), struct.pack('>f', v).hex(), struct.unpack('<f', b)[0])
print(struct.pack('<f', float('nan')).hex(), struct.unpack('<f', b'\x00\x00\xc0\x7f'))
