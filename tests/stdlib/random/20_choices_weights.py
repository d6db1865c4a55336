import random

r = random.Random(64)
print(r.choices('abc', [1, 2, 3], k=10))
print(r.choices('abc', weights=[0, 0, 1], k=4))
print(r.choices('abc', [0.1, 0.2, 0.7], k=6))
print(r.choices('abc', cum_weights=[1, 3, 6], k=10))
print(r.choices('abcd', cum_weights=[1, 1, 1, 2], k=8))
print(r.choices(range(4), weights=(x for x in [1, 1, 1, 1]), k=4))
print(r.choices('ab', [True, True], k=4))


def attempt(*args, **kw):
    try:
        print(r.choices(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


attempt('abc', [1, 2])
attempt('abc', cum_weights=[1, 2])
attempt('abc', [1, 2, 3], cum_weights=[1, 3, 6])
attempt('abc', [0, 0, 0])
attempt('abc', [-1, 0, 0])
attempt('abc', [1, float('inf'), 1])
attempt('abc', [1, float('nan'), 1])
attempt('abc', 3)
attempt('abc', 'xyz')
attempt('abc', [1, 'x', 2])
attempt('abc', [1, 2, 3], 2)
attempt('', [], k=1)
attempt('abc', None, cum_weights=None, k=2)
