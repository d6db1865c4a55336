import itertools
import sys


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: itertools.islice(range(5), -1))
t(lambda: itertools.islice(range(5), -2))
t(lambda: itertools.islice(range(5), None, -1))
t(lambda: itertools.islice(range(5), -1, 3))
t(lambda: itertools.islice(range(5), 1, -3))
t(lambda: itertools.islice(range(5), 0, 3, 0))
t(lambda: itertools.islice(range(5), 0, 3, -1))
t(lambda: itertools.islice(range(5), 1.5))
t(lambda: itertools.islice(range(5), "2"))
t(lambda: itertools.islice(range(5), 0, 2.0))
t(lambda: itertools.islice(range(5), 0.0, 2))
t(lambda: itertools.islice(range(5), 0, 2, 1.0))
t(lambda: itertools.islice(range(5), sys.maxsize + 1))
t(lambda: itertools.islice(range(5), 0, 2 ** 100))
t(lambda: itertools.islice(range(5), 2 ** 100, 3))
t(lambda: list(itertools.islice(range(5), sys.maxsize)))
t(lambda: itertools.islice(range(5)))
t(lambda: itertools.islice())
t(lambda: itertools.islice(range(5), 1, 2, 3, 4))
t(lambda: itertools.islice(range(5), stop=2))
t(lambda: itertools.islice(5, 2))
t(lambda: itertools.islice(None, None))
t(lambda: itertools.islice(range(5), [1]))
t(lambda: len(itertools.islice(range(5), 2)))
t(lambda: itertools.islice(range(5), 2)[0])
