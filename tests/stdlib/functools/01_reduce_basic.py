import functools

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(functools.reduce(lambda a, b: a * b, range(1, 11)))
print(functools.reduce(lambda a, b: a + b, ["x", "y", "z"]))
print(functools.reduce(lambda a, b: a if a > b else b, [3, 9, 2, 7]))
print(functools.reduce(lambda a, b: a + b, [42]))
print(functools.reduce(lambda a, b: a + b, (10,)))

trace = []
def add(a, b):
    trace.append((a, b))
    return a + b
print(functools.reduce(add, [1, 2, 3, 4]))
print(trace)

# any iterable works: generators, strings, dict keys, sets of ints
print(functools.reduce(lambda a, b: a + b, (x * x for x in range(5))))
print(functools.reduce(lambda a, b: b + a, "abcde"))
print(functools.reduce(lambda a, b: a + b, {"k1": 1, "k2": 2}))
print(functools.reduce(lambda a, b: a | b, [{1}, {2, 3}, {4}]))
print(functools.reduce(lambda a, b: a + [b], [1, 2, 3], []))

# the result is just whatever the function returns
print(functools.reduce(lambda a, b: None, [1, 2, 3]))
print(functools.reduce(lambda a, b: (a, b), [1, 2, 3, 4]))

# the generator is consumed lazily, one item at a time
def gen():
    for i in range(4):
        print("yield", i)
        yield i
print(functools.reduce(lambda a, b: a - b, gen()))
print(functools.reduce.__name__, callable(functools.reduce))
