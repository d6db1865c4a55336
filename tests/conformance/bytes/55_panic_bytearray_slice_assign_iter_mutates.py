ba = bytearray(b'abcdef')
def gen():
    ba.clear()
    yield 65
    yield 66
ba[1:4] = gen()                # bytearray.rs setitem: slice bounds from the old length
print(ba)
