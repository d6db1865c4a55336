checks = [
    (True, bool), (True, int), (1, bool), (1.0, int), (1, float),
    ([], list), ((), tuple), ({}, dict), (None, object), (int, type),
    (ValueError(), Exception), (KeyboardInterrupt(), Exception), (KeyboardInterrupt(), BaseException),
    (KeyError(), LookupError), (FileNotFoundError(), Exception), (RecursionError(), RuntimeError),
    (UnboundLocalError(), NameError), (StopIteration(), Exception), (OverflowError(), ArithmeticError),
]
for obj, cls in checks:
    print(type(obj).__name__, cls.__name__, isinstance(obj, cls))
print(issubclass(NotImplementedError, RuntimeError), issubclass(MemoryError, Exception), issubclass(AssertionError, Exception))
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
