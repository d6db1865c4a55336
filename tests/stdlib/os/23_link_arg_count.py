# os.link's argument-count messages are Argument Clinic's.
import os

for args, kwargs in [((), {}), (('a',), {}), ((), {'src': 'a'}), (('a', 'b', 'c'), {}),
                     (('a', 'b'), {'bad': 1})]:
    try:
        os.link(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
