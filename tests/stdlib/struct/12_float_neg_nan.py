import struct, math
n = -float('nan')
print(struct.pack('<d', math.copysign(float('nan'), -1.0)).hex())
print(struct.pack('<f', math.copysign(float('nan'), -1.0)).hex())
print(struct.pack('<e', math.copysign(float('nan'), -1.0)).hex())
v = struct.unpack('<d', bytes.fromhex('000000000000f8ff'))[0]
print(v, math.copysign(1.0, v))
print(struct.unpack('<d', struct.pack('<d', -0.0)), math.copysign(1.0, struct.unpack('<f', struct.pack('<f', -0.0))[0]))
print(struct.unpack('>e', b'\xfc\x00'), struct.unpack('>e', b'\x80\x00'))
