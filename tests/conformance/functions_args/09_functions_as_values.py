def square(x):
    return x * x
def apply(f, values):
    return [f(v) for v in values]
print(apply(square, [1, 2, 3]), apply(str, [1, 2]), apply(len, ["ab", ""]))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
for name in ["add", "mul"]:
    print(name, ops[name](6, 7))
f = square
print(f is square, f(9), square.__name__, (lambda: 0).__name__)
print(callable(square), callable(5), callable(print), callable(int))
def compose(f, g):
    return lambda x: f(g(x))
print(compose(square, abs)(-4), compose(str, square)(3) + "!")
print(sorted([-3, 2, -1], key=square))
