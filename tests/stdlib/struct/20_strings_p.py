import struct
print(struct.pack('5p', b'ab'))
print(struct.pack('3p', b'abcdef'))
print(struct.pack('1p', b'abc'))
print(struct.pack('p', b''))
print(struct.pack('0p', b'abc'))
b = struct.pack('300p', b'a' * 400)
print(len(b), b[0], b[1:4], b[-1])
print(struct.unpack('5p', b'\x09abcd'))
print(struct.unpack('5p', b'\x02abcd'))
print(struct.unpack('3p2p', struct.pack('3p2p', b'xy', b'z')))
try:
    struct.pack('3p', 'ab')
except struct.error as e:
    print(e)
