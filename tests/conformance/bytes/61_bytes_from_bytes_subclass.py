class BS(bytes): pass
class H:
    def __bytes__(self): return BS(b'sub')
print(type(bytes(H())).__name__)
print(type(iter(b'ab')).__name__, iter(b'abc').__length_hint__())
