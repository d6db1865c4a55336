import struct
print(struct.pack('????', True, 0, 'x', []))
print(struct.unpack('???', b'\x00\x01\x7f'))
print(struct.pack('<?', 5), struct.pack('>?', None))
print(struct.pack('c', b'z'), struct.pack('3c', b'a', b'b', b'c'))
print(struct.unpack('2c', b'xy'))
for v in [b'ab', b'', 'a', 97, bytearray(b'a')]:
    try:
        struct.pack('c', v)
    except struct.error as e:
        print(repr(v), e)
class B:
    def __bool__(self):
        raise ValueError('no bool')
try:
    struct.pack('?', B())
except ValueError as e:
    print('ValueError', e)
