import numbers

print(sorted(numbers.Number.__abstractmethods__))
print(sorted(numbers.Real.__abstractmethods__))
print(sorted(numbers.Integral.__abstractmethods__))
print(len(numbers.Real.__abstractmethods__), len(numbers.Integral.__abstractmethods__))
print(type(numbers.Real.__abstractmethods__).__name__)
print(numbers.Real.__float__.__isabstractmethod__, numbers.Integral.__int__.__isabstractmethod__)
print(getattr(numbers.Real.__complex__, '__isabstractmethod__', False))
print(getattr(numbers.Integral.__index__, '__isabstractmethod__', False))
print(getattr(numbers.Complex.__sub__, '__isabstractmethod__', False))
