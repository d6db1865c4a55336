from enum import Enum, Flag, IntFlag, EJECT, KEEP, CONFORM, STRICT


class Plain(Enum, boundary=KEEP):
    A = 1


print(list(Plain), hasattr(Plain, '_boundary_'), hasattr(Plain, '_flag_mask_'))


class Base(Flag, boundary=CONFORM):
    pass


class Child(Base):
    A = 1
    B = 2


print(Child._boundary_, repr(Child(7)))


class Override(Base, boundary=EJECT):
    A = 1


print(Override._boundary_, Override(3))


class IF(IntFlag, boundary=STRICT):
    A = 1
    B = 2


print(IF._boundary_, repr(IF(3)))
try:
    IF(4)
except ValueError as e:
    print(type(e).__name__, e)
F = Flag('F', 'X Y', boundary=EJECT)
print(F._boundary_, F(8), repr(F(3)))
