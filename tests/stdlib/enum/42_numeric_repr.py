from enum import IntFlag, Flag, KEEP


class Hex(IntFlag):
    _numeric_repr_ = hex
    A = 1
    B = 2


print(repr(Hex(7)), Hex(5).name, repr(Hex(16)), repr(Hex.A | 64))


class Plain(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Plain(7)), str(Plain(12)), repr(Plain(0)), Plain(7).name, Plain(4).name)
print(repr(~Plain.A), repr(Plain(-1)))


class Neg(IntFlag):
    A = 1
    B = 2


n = Neg(-1)
print(repr(n), n.value, Neg(-1) is Neg(-1), repr(Neg(-3)))
print(repr(~Neg.A), (~Neg.A).value, repr(Neg(3)), Neg(3) is Neg(-1))
