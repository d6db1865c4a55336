import numbers


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __float__(self):
        return self.cents / 100


print(isinstance(Money(5), numbers.Number))
r = numbers.Real.register(Money)
print(r is Money)
print(isinstance(Money(5), numbers.Real), isinstance(Money(5), numbers.Complex))
print(isinstance(Money(5), numbers.Number), isinstance(Money(5), numbers.Rational))
print(issubclass(Money, numbers.Real), Money.__mro__)
print(hasattr(Money, 'conjugate'), hasattr(Money, '__complex__'), hasattr(Money, 'real'))


class Sub(Money):
    pass


print(issubclass(Sub, numbers.Real), issubclass(Sub, numbers.Integral))


@numbers.Integral.register
class Counter:
    pass


print(Counter.__name__, isinstance(Counter(), numbers.Rational), isinstance(Counter(), numbers.Real))
print(numbers.Complex.register(complex) is complex, numbers.Integral.register(bool) is bool)
print(numbers.Number.register(Money) is Money)
