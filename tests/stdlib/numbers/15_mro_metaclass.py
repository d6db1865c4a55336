import abc
import numbers

for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, [c.__name__ for c in cls.__mro__], type(cls) is abc.ABCMeta, cls.__module__)
print(numbers.Integral.__bases__, numbers.Number.__bases__)
print(numbers.Integral.__qualname__, repr(numbers.Real))
print(sorted(c.__name__ for c in numbers.Number.__subclasses__()))
print(sorted(c.__name__ for c in numbers.Real.__subclasses__()))
