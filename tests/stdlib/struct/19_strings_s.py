import struct
print(struct.pack('5s', b'ab'))
print(struct.pack('2s', b'abcdef'))
print(struct.pack('0s', b'abc'))
print(struct.pack('s', b''))
print(struct.pack('4s', bytearray(b'xyz')))
print(struct.unpack('3s2s', b'abcde'))
print(struct.pack('<h3sh', 1, b'ab', 2))
print(struct.calcsize('3sh'), struct.pack('3sh', b'abc', 1))
for v in ['abc', 1, None]:
    try:
        struct.pack('3s', v)
    except struct.error as e:
        print(e)
