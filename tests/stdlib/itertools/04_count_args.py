import itertools


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: repr(itertools.count(start=3, step=2)))
t(lambda: repr(itertools.count(step=5)))
t(lambda: repr(itertools.count(start=-1)))
t(lambda: itertools.count("a"))
t(lambda: itertools.count(1, "b"))
t(lambda: itertools.count(None))
t(lambda: itertools.count([1]))
t(lambda: itertools.count(1, 2, 3))
t(lambda: itertools.count(1, start=2))
t(lambda: itertools.count(begin=1))
t(lambda: len(itertools.count()))
t(lambda: itertools.count()[0])
t(lambda: next(itertools.count(1.5, 1)) + 1)
c = itertools.count(3)
print(next(c), iter(c) is c, next(iter(c)))
