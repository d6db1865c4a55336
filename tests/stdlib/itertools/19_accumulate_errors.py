import itertools


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: list(itertools.accumulate([1, "a"])))
t(lambda: list(itertools.accumulate(["a", 1])))
t(lambda: list(itertools.accumulate([1, 2], initial="x")))
t(lambda: itertools.accumulate())
t(lambda: itertools.accumulate(5))
t(lambda: itertools.accumulate([1], max, 0))
t(lambda: itertools.accumulate([1], fn=max))
t(lambda: list(itertools.accumulate([1, 2], 3)))
t(lambda: list(itertools.accumulate([1, 2], len)))
t(lambda: list(itertools.accumulate(iterable=[1, 2])))
t(lambda: list(itertools.accumulate([1, 0, 2], lambda a, b: a // b)))


def div(a, b):
    return a / b


acc = itertools.accumulate([8, 2, 0, 4, 1], div)
print(next(acc), next(acc))
try:
    next(acc)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(acc))
acc = itertools.accumulate([1, "x", 2, 3])
print(next(acc))
try:
    next(acc)
except TypeError as e:
    print("TypeError", e)
print(next(acc), next(acc))
