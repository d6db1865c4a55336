import copy

ba = bytearray(b"hello")
c = copy.copy(ba)
d = copy.deepcopy(ba)
print(c, d, c is ba, d is ba, c == ba)
ba[0] = ord("J")
print(ba, c, d)

b = b"immutable"
print(copy.copy(b) is b, copy.deepcopy(b) is b)

mv = memoryview(b"abc")
try:
    copy.copy(mv)
except TypeError as e:
    print(type(e).__name__, e)

container = [bytearray(b"x"), b"y"]
cd = copy.deepcopy(container)
print(cd, cd[0] is container[0], cd[1] is container[1])

class Buf(bytearray):
    pass
bb = Buf(b"sub")
bb.meta = {"k": 1}
bc = copy.deepcopy(bb)
print(type(bc).__name__, bc, bc.meta, bc.meta is bb.meta)

print(copy.copy(bytearray()), copy.deepcopy(bytearray(3)))
big = bytearray(range(256))
print(copy.deepcopy(big) == big, len(copy.copy(big)))
# complex, bool and int subclasses
class MyInt(int):
    pass
mi = MyInt(5)
mi.note = "n"
mc = copy.copy(mi)
print(type(mc).__name__, mc, mc.note, mc is mi)
class MyStr(str):
    pass
ms = MyStr("s")
print(type(copy.deepcopy(ms)).__name__, copy.deepcopy(ms) is ms)
