def items():
    yield "first"
    yield "second"
g = items()
print(next(g))
print(next(g))
print(next(g))
