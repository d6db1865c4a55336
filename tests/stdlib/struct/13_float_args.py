import struct
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
for v in [F(), I(), 7, True, 2**2000, '1.0', None, b'1', [1.0]]:
    try:
        print(struct.pack('<d', v).hex())
    except Exception as e:
        print(type(e).__name__, e)
