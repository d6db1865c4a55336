import struct
for fmt, data in [('i', b'abc'), ('i', b'abcde'), ('2h', b''), ('', b'x'), ('i', 'abcd'), ('i', [1, 2, 3, 4]), ('i', None)]:
    try:
        print(struct.unpack(fmt, data))
    except Exception as e:
        print(type(e).__name__, e)
