# find / rfind / index / rindex / count
b = b'abracadabra'
print(b.find(b'a'), b.find(b'bra'), b.find(b'zzz'), b.find(b''))
print(b.rfind(b'a'), b.rfind(b'bra'), b.rfind(b'zzz'), b.rfind(b''))
print(b.find(97), b.find(100), b.find(122), b.rfind(98))
print(b.find(b'a', 1), b.find(b'a', 1, 3), b.find(b'a', 4, 5), b.find(b'a', -4))
print(b.rfind(b'a', 0, 5), b.rfind(b'a', -5, -1), b.rfind(b'bra', 0, 8))
print(b.find(b'a', 100), b.find(b'', 11), b.find(b'', 12))
print(b.index(b'c'), b.rindex(b'a'), b.index(100), b.rindex(98))
print(b.index(b'a', 2), b.rindex(b'a', 0, 6))
print(b.count(b'a'), b.count(b'bra'), b.count(b'z'), b.count(b''))
print(b.count(97), b.count(b'a', 3), b.count(b'a', 3, 8), b.count(b'a', -3))
print(b'aaaa'.count(b'aa'), b''.count(b''), b'abc'.count(b'', 1))
ba = bytearray(b)
print(ba.find(b'cad'), ba.rfind(bytearray(b'ab')), ba.count(97), ba.index(114))
print(b.find(bytearray(b'cad')))
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, str(e))
attempt('index missing', lambda: b.index(b'xyz'))
attempt('rindex missing', lambda: b.rindex(b'xyz'))
attempt('index int missing', lambda: b.index(0))
attempt('ba index missing', lambda: ba.index(b'q'))
attempt('find str', lambda: b.find('a'))
attempt('find 256', lambda: b.find(256))
attempt('count str', lambda: b.count('a'))
attempt('find None start', lambda: b.find(b'a', None, None))
attempt('find float', lambda: b.find(1.5))
pos = b.find(b'a')
positions = []
while pos != -1:
    positions.append(pos)
    pos = b.find(b'a', pos + 1)
print(positions)
