class Buf(bytearray):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag
try:
    b = Buf(b'abc', 'T')
    print(b, b.tag)
except Exception as e:
    print(type(e).__name__, e)
x = bytearray(b'abc')
try:
    x.__init__(b'q')
    print(x)
except Exception as e:
    print(type(e).__name__, e)
