import operator


class Thing:
    pass


cases = [
    ("add", (1, "a")), ("sub", ([], [])), ("mul", ("a", "b")), ("truediv", ("a", 2)),
    ("floordiv", (None, 1)), ("mod", ([], 1)), ("pow", ("a", 2)), ("lshift", (1.0, 1)),
    ("rshift", ("x", 1)), ("and_", ([], [])), ("or_", (1, [])), ("xor", (1.5, 1.5)),
    ("matmul", (1, 2)), ("neg", ("x",)), ("pos", ([],)), ("abs", ("x",)),
    ("invert", ([],)), ("add", (Thing(), 1)), ("sub", (1, Thing())),
    ("iadd", ((1,), [2])), ("isub", ({1}, [1])), ("imatmul", ([1], [2])),
    ("ipow", ("a", 2)), ("imod", ([], [])), ("ixor", ("a", "b")),
    ("itruediv", ([], 2)), ("ifloordiv", ({}, 1)), ("irshift", (1, "a")),
    ("iand", ([], {})), ("imul", ({}, 2)),
]
for name, args in cases:
    try:
        getattr(operator, name)(*args)
        print(name, "no error")
    except TypeError as e:
        print(name, e)
for f, a, b in [(operator.truediv, 1, 0), (operator.floordiv, 1, 0), (operator.mod, 1.0, 0),
                (operator.truediv, 1.0, 0.0), (operator.pow, 0, -1), (operator.floordiv, 5.0, 0)]:
    try:
        f(a, b)
    except ZeroDivisionError as e:
        print(f.__name__, "ZeroDivisionError:", e)
