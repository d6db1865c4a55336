ba = bytearray(b'abcdef')
class Shrink:
    def __index__(self):
        ba.clear()
        return 3
try:
    del ba[Shrink()]           # bytearray.rs delitem
except IndexError as e:
    print('IndexError', e)
