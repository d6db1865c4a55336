ba = bytearray(b'abcdef')
class Shrink:
    def __index__(self):
        ba.clear()
        return 5
try:
    print(ba[Shrink()])        # bytes.rs getitem
except IndexError as e:
    print('IndexError', e)
