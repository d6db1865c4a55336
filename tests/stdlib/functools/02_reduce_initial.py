import functools

print(functools.reduce(lambda a, b: a + b, [1, 2, 3], 100))
print(functools.reduce(lambda a, b: a + b, [], 100))
print(functools.reduce(lambda a, b: a + b, [], None))
print(functools.reduce(lambda a, b: a + b, (), "start"))
print(functools.reduce(lambda a, b: a + b, [5], 0))

calls = []
def f(a, b):
    calls.append((a, b))
    return a * 10 + b
print(functools.reduce(f, [1, 2, 3], 0))
print(calls)
calls.clear()
print(functools.reduce(f, [], 7), calls)

# initial may be a mutable object that the function updates
def count(acc, word):
    acc[word] = acc.get(word, 0) + 1
    return acc
res = functools.reduce(count, "the cat and the hat and the bat".split(), {})
print(sorted(res.items()))

# the initial object itself is returned for an empty iterable
init = [1, 2]
print(functools.reduce(lambda a, b: a + b, [], init) is init)

# initial by keyword is not accepted in 3.11
try:
    functools.reduce(lambda a, b: a + b, [1, 2], initial=0)
except TypeError as e:
    print(type(e).__name__, e)

# a string accumulator
print(functools.reduce(lambda acc, ch: acc + ch.upper(), "hello", ">"))
print(functools.reduce(lambda acc, x: max(acc, x), [3, 8, 1], float("-inf")))
print(functools.reduce(lambda acc, x: acc, iter([]), "untouched"))
