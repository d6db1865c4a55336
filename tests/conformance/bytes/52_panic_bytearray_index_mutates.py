# __index__ that shrinks the bytearray: stale length -> Rust panic (index out of bounds)
ba = bytearray(b'abcdef')
class Shrink:
    def __index__(self):
        ba.clear()
        return 5
try:
    ba[Shrink()] = 65          # bytearray.rs setitem (also: ba[5] = Shrink())
except IndexError as e:
    print('IndexError', e)
