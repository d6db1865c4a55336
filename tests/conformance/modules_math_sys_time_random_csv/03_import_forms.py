import math
import math as m
from math import sqrt, pi as PI, floor
import sys as system
print(m is math, sqrt(9), PI == math.pi, floor(2.9))
print(type(math).__name__, callable(sqrt), math.__name__, m.__name__)
print(system.getrecursionlimit())
def uses_local_import():
    import random
    random.seed(1)
    return 0 <= random.random() < 1
print(uses_local_import())
try:
    print(random)
except NameError as e:
    print(type(e).__name__, e)
import math
print(math.floor(-0.5))
