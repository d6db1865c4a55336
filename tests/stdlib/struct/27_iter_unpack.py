import struct
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
print(list(it))
print(list(struct.Struct('<bb').iter_unpack(b'\x01\x02\x03\x04')))
print(list(struct.iter_unpack('i', b'')))
print(iter(it) is it)
for fmt, data in [('i', b'abc'), ('', b''), ('0i', b'ab'), ('i', 'abcd')]:
    try:
        struct.iter_unpack(fmt, data)
    except Exception as e:
        print(type(e).__name__, e)
