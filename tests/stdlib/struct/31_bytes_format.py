import struct
print(struct.pack(b'<h', 5), struct.unpack(b'<h', b'\x05\x00'), struct.calcsize(b'3i'))
print(struct.Struct(b'<q').format)
print(struct.pack('<h', 5) == struct.pack(b'<h', 5))
