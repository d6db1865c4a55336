import itertools


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: itertools.chain(a=[1]))
t(lambda: itertools.chain([1], x=2))
t(lambda: list(itertools.chain(5)))
t(lambda: list(itertools.chain([1], 3.5)))
t(lambda: itertools.chain.from_iterable())
t(lambda: itertools.chain.from_iterable([1], [2]))
t(lambda: itertools.chain.from_iterable(5))
t(lambda: list(itertools.chain.from_iterable([1, 2])))
t(lambda: itertools.chain.from_iterable(iterable=[[1]]))
t(lambda: list(itertools.chain.from_iterable(["ab", ["c"]])))
t(lambda: len(itertools.chain([1])))
t(lambda: itertools.chain([1])[0])
t(lambda: list(itertools.chain(None)))
