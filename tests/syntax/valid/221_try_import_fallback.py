try:
    import math
except ImportError:
    math = None
else:
    pass
try:
    from math import tau
except (ImportError, AttributeError):
    tau = 6.283185307179586
print(math is not None, tau)
