import math
from enum import IntEnum
from fractions import Fraction

class MyInt(int):
    pass

class MyFloat(float):
    pass

class Color(IntEnum):
    RED = 4
    BLUE = 9

mi, mf = MyInt(9), MyFloat(2.25)
print(math.floor(mi), math.ceil(mf), math.trunc(mf), type(math.floor(mi)).__name__)
print(repr(math.sqrt(mi)), repr(math.sqrt(mf)), repr(math.log(mi, MyInt(3))), repr(math.exp(mf)))
print(math.isqrt(mi), math.factorial(MyInt(5)), math.gcd(mi, 6), math.lcm(MyInt(4), 6))
print(math.comb(mi, 2), math.perm(MyInt(4)), type(math.gcd(mi)).__name__, type(math.isqrt(mi)).__name__)
print(repr(math.hypot(MyFloat(3), MyInt(4))), repr(math.fsum([mf, mi])), repr(math.pow(mf, MyInt(2))))
print(math.isclose(MyFloat(1), MyInt(1)), math.isnan(mf), repr(math.ldexp(mf, MyInt(2))), math.frexp(mf))
print(repr(math.dist([mi], [mf])), repr(math.atan2(mi, mi)), repr(math.fabs(MyFloat(-0.5))))

# IntEnum members are ints
print(math.factorial(Color.RED), math.isqrt(Color.BLUE), math.sqrt(Color.BLUE), math.comb(Color.BLUE, Color.RED))
print(math.floor(Color.RED), math.prod([Color.RED, Color.BLUE]), math.gcd(Color.RED, Color.BLUE))

# Fractions go through __float__ or their own __floor__/__ceil__
fr = Fraction(7, 2)
print(math.floor(fr), math.ceil(fr), math.trunc(fr), repr(math.sqrt(Fraction(1, 4))))
print(repr(math.log(Fraction(1, 3))), math.isclose(Fraction(1, 3), 1 / 3), repr(math.fsum([Fraction(1, 3)] * 3)))
print(math.prod([Fraction(1, 3)] * 3), repr(math.hypot(Fraction(3), 4)))
try:
    math.log(Fraction(10**400, 3))
except OverflowError as e:
    print(type(e).__name__, e)

# objects with only __index__ are accepted where a float is needed
class Idx:
    def __index__(self):
        return 7

print(repr(math.sqrt(Idx())), repr(math.log(Idx())), repr(math.hypot(Idx())), math.factorial(Idx()))

class BadFloat:
    def __float__(self):
        return 1

class RaiseFloat:
    def __float__(self):
        raise KeyError("x")

for obj in (BadFloat(), RaiseFloat()):
    try:
        math.sqrt(obj)
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
