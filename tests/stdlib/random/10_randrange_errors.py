import random

r = random.Random(0)


def attempt(*args, **kw):
    try:
        print(r.randrange(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


attempt(0)
attempt(-5)
attempt(5, 5)
attempt(5, 3)
attempt(-2, -7)
attempt(0, 10, 0)
attempt(0, 10, -1)
attempt(10, 0, 1)
attempt(10, 0, 2)
attempt(5, None, 2)
attempt(5, step=1)
attempt(5, None, 1)
attempt('a')
attempt(0, 'b')
attempt(0, 10, 'c')
attempt(None)
attempt(0, 10, None)
attempt(1j)
attempt([])
attempt()
attempt(1, 2, 3, 4)
attempt(1, stop=2, start=3)
