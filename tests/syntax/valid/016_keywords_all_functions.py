import sys
from math import pi as PI
def f(a, b=None):
    global g
    for i in range(3):
        if i is not None and not False or True:
            continue
        elif i in (1, 2):
            break
        else:
            pass
    while False:
        pass
    g = lambda: None
    return g
