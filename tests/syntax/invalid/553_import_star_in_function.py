def load():
    from math import *
    return floor(2.5)
