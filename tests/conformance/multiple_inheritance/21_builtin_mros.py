def names(cls):
    return [c.__name__ for c in cls.__mro__]
print(names(bool))
print(names(KeyError))
print(names(ZeroDivisionError))
print(names(FileNotFoundError))
print(names(type(True)), names(type(1.5)), names(type("s")))
print(names(type(None)), names(type([])))
print(bool.__base__.__name__, KeyError.__base__.__name__, [b.__name__ for b in OSError.__bases__])
print(type.__mro__ == (type, object), len(object.__mro__))
print(names(StopIteration), names(KeyboardInterrupt))
print(bool.mro() == list(bool.__mro__))
print(names(UnicodeDecodeError))
