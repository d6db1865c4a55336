import struct
print(struct.pack('n', -1).hex(), struct.pack('N', 2**64 - 1).hex(), struct.pack('P', 4096).hex())
print(struct.unpack('nNP', struct.pack('nNP', -5, 5, 2**63)))
print(struct.pack('l', -2).hex(), struct.pack('L', 2**63).hex())
print(struct.pack('@e', 1.5).hex(), struct.pack('@f', 1.5).hex())
print(struct.pack('P', -1).hex())
