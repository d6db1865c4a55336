import numbers

print(isinstance(True, numbers.Integral), True.numerator, True.denominator, True.real, True.imag)
print((5).numerator, (5).denominator, (5).conjugate(), (2.5).real, (2.5).imag, (2.5).conjugate())
print((3 + 4j).real, (3 + 4j).imag, (3 + 4j).conjugate())
print(numbers.Integral.__index__(True), numbers.Integral.__float__(False))
print(numbers.Rational.__float__(7), numbers.Real.__complex__(True))
print(numbers.Complex.__bool__(0), numbers.Complex.__bool__(0.5), numbers.Complex.__bool__(0j))
print(numbers.Complex.__sub__(10, 3), numbers.Complex.__rsub__(3, 10), numbers.Complex.__sub__(1.5, 0.5))
print(numbers.Real.__divmod__(7, 2), numbers.Real.__rdivmod__(2, 7), numbers.Real.__divmod__(-7.5, 2))
print(numbers.Real.real.fget(-4), numbers.Real.imag.fget(-4), numbers.Real.conjugate(-4))
print(numbers.Integral.numerator.fget(-4), numbers.Integral.denominator.fget(-4))
