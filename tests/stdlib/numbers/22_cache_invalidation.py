import numbers


class Late:
    pass


print(isinstance(Late(), numbers.Rational), issubclass(Late, numbers.Number))
numbers.Rational.register(Late)
print(isinstance(Late(), numbers.Rational), issubclass(Late, numbers.Number))
print(issubclass(Late, numbers.Integral), isinstance(Late(), numbers.Real))


class Later:
    pass


for _ in range(3):
    print(isinstance(Later(), numbers.Complex), end=' ')
numbers.Complex.register(Later)
print(isinstance(Later(), numbers.Complex), isinstance(Later(), numbers.Real))


class Child(numbers.Integral):
    pass


print(issubclass(Child, numbers.Number), issubclass(Child, numbers.Rational), issubclass(int, Child))
