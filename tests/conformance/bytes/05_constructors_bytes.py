# bytes constructor forms
print(bytes())
print(bytes(0))
print(bytes(5))
print(bytes([65, 66]))
print(bytes(range(3)))
print(bytes(range(65, 91)))
print(bytes(b'x'))
print(bytes(bytearray(b'x')))
print(bytes('héllo', 'utf-8'))
print(bytes('héllo', 'latin-1'))
print(bytes('héllo', 'ascii', 'ignore'))
print(bytes('héllo', 'ascii', 'replace'))
print(bytes('héllo', encoding='utf-8'))
print(bytes('héllo', encoding='ascii', errors='backslashreplace'))
print(bytes((1, 2, 3)))
print(bytes(x * 2 for x in range(5)))
print(bytes({7: 'a'}))
print(bytes(iter([104, 105])))
print(bytes([]))
print(bytes(True))
print(bytes('', 'utf-8'))
print(type(bytes(3)).__name__, len(bytes(3)))
orig = bytearray(b'abc')
copy = bytes(orig)
orig[0] = 90
print(orig, copy)
class Idx:
    def __index__(self):
        return 4
print(bytes(Idx()))
print(bytes([Idx(), Idx()]))
class HasBytes:
    def __bytes__(self):
        return b'custom'
print(bytes(HasBytes()))
