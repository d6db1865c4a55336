from math import *
print(floor(2.7), sqrt(16.0), pi > 3, isclose(e, 2.718281828, rel_tol=1e-6))
names = dir()
print("floor" in names, "_private" in names, "__name__" in names)
from traceback import *
print("format_exc" in dir(), "print_exc" in dir(), "sys" in dir())
def f():
    return floor(-0.5)
print(f())
from time import *
print(sleep(0) is None)
