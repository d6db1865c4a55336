ba = bytearray(b'abc')
class Grow:
    def __index__(self):
        ba.extend(b'zz')
        return -1
print(ba[Grow()])          # CPython: 122 (last byte after growth); Cellar: 99 (stale length)
ba[:] = b'abc'
ba[Grow()] = 1
print(ba)
