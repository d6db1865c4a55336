import struct
print(struct.pack('<i', 1))
print(struct.pack('>i', 1))
print(struct.pack('<hhl', 1, 2, 3))
print(struct.pack('>hhl', 1, 2, 3))
print(struct.pack('!I', 0xdeadbeef))
print(struct.pack('=q', -2))
print(struct.pack('<Q', 2**64 - 1))
print(struct.pack('bB', -128, 255))
