import random
import warnings

r = random.Random(0)


def attempt(*args):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('always')
        try:
            print('result', r.randrange(*args))
        except Exception as e:
            print(type(e).__name__, e)
    for w in log:
        print('  ', w.category.__name__, w.message, w.filename == __file__)


attempt(10.0)
attempt(10.5)
attempt(2.0, 9.0)
attempt(2, 9.5)
attempt(0, 20, 2.0)
attempt(0, 20, 2.5)
attempt(0.5, 20)
attempt('7')
attempt(3, '9')
attempt(True, 5.0)
attempt(0.0)

# With errors turned on, the deprecation becomes the exception
with warnings.catch_warnings():
    warnings.simplefilter('error', DeprecationWarning)
    try:
        r.randrange(4.0)
    except DeprecationWarning as e:
        print('raised', type(e).__name__, e)
    try:
        r.randint(1.0, 3)
    except DeprecationWarning as e:
        print('raised', type(e).__name__, e)
