import random

r = random.Random(0)


def attempt(*args, **kw):
    try:
        print(r.sample(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


attempt({1, 2, 3}, 2)
attempt(frozenset('ab'), 1)
attempt({'a': 1, 'b': 2}, 1)
attempt(iter([1, 2, 3]), 2)
attempt(x for x in range(3))
attempt(range(3), 4)
attempt(range(3), -1)
attempt([], 1)
attempt([], 0)
attempt(range(5))
attempt(range(5), 2.0)
attempt(range(5), '2')
attempt('abc', 2, counts=[1, 2])
attempt('abc', 2, counts=[1, 2, 3, 4])
attempt('abc', 2, counts=[1.0, 2, 3])
attempt('abc', 2, counts=[0, 0, 0])
attempt('abc', 2, counts=[-1, 0, 0])
attempt('abc', 7, counts=[1, 2, 3])
attempt('abc', 2, counts=5)
attempt('abc', 2, counts=['a', 'b', 'c'])
attempt('abc', 2, 3)
attempt('abc', k=2, count=[1, 1, 1])
