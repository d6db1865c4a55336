import struct
print(struct.unpack('<i', b'\x01\x00\x00\x00'))
print(struct.unpack('>i', b'\xff\xff\xff\xfe'))
print(struct.unpack('<hhl', struct.pack('<hhl', 1, 2, 3)))
print(struct.unpack('>HI', b'\x01\x02\x03\x04\x05\x06'))
print(struct.unpack('<q', bytearray(b'\xff' * 8)))
print(struct.unpack('bB', b'\x80\x80'))
print(struct.unpack('', b''))
