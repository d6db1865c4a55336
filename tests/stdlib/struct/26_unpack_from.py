import struct
data = bytes(range(16))
print(struct.unpack_from('<i', data))
print(struct.unpack_from('<i', data, 4))
print(struct.unpack_from('<i', data, offset=12))
print(struct.unpack_from('>h', data, -2))
print(struct.unpack_from('<i', buffer=bytearray(data), offset=1))
s = struct.Struct('>2b')
print(s.unpack_from(data, 3), s.unpack_from(data, offset=14), s.unpack_from(buffer=data))
for args in [(b'abc',), (b'abcdef', 3), (b'abcdef', 7), (b'abcdef', -2), (b'abcdef', -7), ('abcd',), (b'abcd', 'x')]:
    try:
        print(struct.unpack_from('i', *args))
    except Exception as e:
        print(type(e).__name__, e)
