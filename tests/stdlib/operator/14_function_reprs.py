import operator

for name in ["add", "iadd", "not_", "__add__", "__not__", "truth", "length_hint", "call", "indexOf"]:
    f = getattr(operator, name)
    print(name, repr(f), f.__name__, f.__qualname__)
print(type(operator.add).__name__, type(operator.itemgetter).__name__)
print(repr(operator.itemgetter), repr(operator.attrgetter), repr(operator.methodcaller))
print(operator.itemgetter.__name__, operator.itemgetter.__module__, operator.itemgetter.__qualname__)
print(operator.attrgetter.__module__, operator.methodcaller.__module__)
print(type(operator.itemgetter(1)), type(operator.attrgetter("a")), type(operator.methodcaller("m")))
print(operator.add.__module__, operator.__name__)
print(operator.add.__doc__)
print(operator.length_hint.__doc__.splitlines()[0])
print(callable(operator.add), callable(operator.itemgetter(0)))
print(isinstance(operator.itemgetter(0), operator.itemgetter))
