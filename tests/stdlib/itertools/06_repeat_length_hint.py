import itertools
import operator


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


r = itertools.repeat("a", 3)
print(operator.length_hint(r), r.__length_hint__())
next(r)
print(operator.length_hint(r))
list(r)
print(operator.length_hint(r), r.__length_hint__())
print(operator.length_hint(itertools.repeat(0, -4)))
print(operator.length_hint(itertools.repeat(0)), operator.length_hint(itertools.repeat(0), 99))
t(lambda: itertools.repeat(0).__length_hint__())
t(lambda: len(itertools.repeat(0, 3)))
t(lambda: itertools.repeat(0, 2.5))
t(lambda: itertools.repeat(0, "3"))
t(lambda: itertools.repeat())
t(lambda: itertools.repeat(1, 2, 3))
t(lambda: itertools.repeat(1, count=2))
t(lambda: itertools.repeat(0, 2 ** 70))
print(operator.length_hint(itertools.count(), 5))
print(operator.length_hint(itertools.cycle([1, 2]), 6))
print(operator.length_hint(itertools.chain([1, 2], [3]), 2))
print(operator.length_hint(itertools.repeat(None, 10 ** 6)))
