ba = bytearray(b'abcdef')
def gen():
    ba.clear()
    yield 65
    yield 66
    yield 67
try:
    ba[::2] = gen()
    print(ba)
except ValueError as e:
    print('ValueError', e)
