import struct
def bits(v):
    return format(struct.unpack('<Q', struct.pack('<d', v))[0], '064b')
def fbits(v):
    return format(struct.unpack('<I', struct.pack('<f', v))[0], '032b')
for v in [1.0, -2.0, 0.15625, 1e-40, 123456.789]:
    print(repr(v), bits(v), fbits(v))
print(struct.unpack('<f', struct.pack('<I', 0x3f800001)))
print(struct.unpack('<d', struct.pack('<Q', 1)))
print(struct.unpack('>f', bytes.fromhex('7f7fffff')), struct.unpack('>f', bytes.fromhex('00000001')))
