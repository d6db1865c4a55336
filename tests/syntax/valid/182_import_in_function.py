def f():
    import math
    from random import randint
    import sys as system
    return math.sqrt(4), randint, system
def g():
    from time import perf_counter, sleep
    return perf_counter() >= 0
print(f(), g())
