import functools

try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(lambda a, b: a + b, iter(()))
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(None, [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(42, [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
# a non-callable with a single item is never called
print(functools.reduce(42, [1]))
print(functools.reduce(None, [], "init"))
try:
    functools.reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(lambda a, b: a + b, None, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(lambda a, b: a + b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce()
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(lambda a, b: a + b, [1], 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(lambda a, b: a + b, [1, "x"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(lambda a: a, [1, 2])
except TypeError as e:
    print(type(e).__name__, str(e).split(")")[1].strip())

# exceptions from the function propagate, and consumption stops there
it = iter([1, 2, 0, 4, 5])
try:
    functools.reduce(lambda a, b: a // b, it)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(it))
