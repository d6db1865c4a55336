import random

r = random.Random(1)
good = r.getstate()


def attempt(state):
    try:
        r.setstate(state)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)


attempt((4, good[1], None))
attempt((1, good[1], None))
attempt(('3', good[1], None))
attempt((3, good[1]))
attempt((3, good[1], None, None))
attempt((3, list(good[1]), None))
attempt((3, good[1][:-1], None))
attempt((3, good[1] + (0,), None))
attempt((3, good[1][:-1] + (625,), None))
attempt((3, good[1][:-1] + (626,), None))
attempt((3, good[1][:-1] + (-1,), None))
attempt((3, ('x',) + good[1][1:], None))
attempt((3, (-1,) + good[1][1:], None))
attempt((3, (2**64,) + good[1][1:], None))
attempt((3, good[1][:-1] + (1.5,), None))
attempt((2, ('x',) + good[1][1:], None))
attempt((2, good[1][:-1], None))
attempt(())
attempt(None)
attempt(5)
# a state word above 32 bits is truncated
r.setstate((3, (2**32 + 5,) + good[1][1:], None))
print(r.getstate()[1][0])
# index 624 is valid: the next call regenerates
r.setstate((3, good[1][:-1] + (624,), None))
print(r.getstate()[1][-1])
r.setstate(good)
print(r.random())
