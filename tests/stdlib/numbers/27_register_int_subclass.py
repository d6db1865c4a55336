import numbers


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyComplex(complex):
    pass


for t in (MyInt, MyFloat, MyComplex):
    print(t.__name__, [issubclass(t, a) for a in (numbers.Number, numbers.Complex, numbers.Real,
                                                    numbers.Rational, numbers.Integral)])
print(isinstance(MyInt(3), numbers.Integral), isinstance(MyFloat(1.5), numbers.Rational))
x = MyInt(9)
print(numbers.Integral.__index__(x), numbers.Integral.__float__(x), numbers.Complex.__sub__(x, 4))
