import struct
class I:
    def __index__(self):
        return 42
class Bad:
    def __index__(self):
        raise ValueError('boom')
for v in [I(), True, False, 1.0, '1', None, b'\x01', Bad(), 3]:
    try:
        print(struct.pack('<i', v).hex())
    except Exception as e:
        print(type(e).__name__, e)
