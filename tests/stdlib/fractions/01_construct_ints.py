from fractions import Fraction


def show(*args, **kwargs):
    try:
        f = Fraction(*args, **kwargs)
    except Exception as e:
        print(args, kwargs, "->", type(e).__name__, e)
        return
    print(args, kwargs, "->", repr(f), f.numerator, f.denominator,
          type(f.numerator).__name__, type(f.denominator).__name__)


show()
show(0)
show(7)
show(-7)
show(3, 4)
show(6, 8)
show(10, -8)
show(-10, -8)
show(-10, 8)
show(0, 5)
show(0, -5)
show(12, 1)
show(2 ** 100, 2 ** 98)
show(-(3 ** 40), 3 ** 38 * 2)
show(True)
show(False)
show(True, 2)
show(3, True)
show(numerator=5, denominator=15)
show(denominator=4)
show(5, denominator=-15)


class MyInt(int):
    pass


show(MyInt(9), MyInt(12))
show(MyInt(9))
f = Fraction(MyInt(4), 6)
print(type(f.numerator), type(f.denominator))
print(Fraction(1, 2) is Fraction(1, 2))
print(type(Fraction(5)).__name__, Fraction.__name__, Fraction.__module__)
