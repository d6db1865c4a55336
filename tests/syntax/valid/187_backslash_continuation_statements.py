import sys, \
    math
from math import pi, \
    tau
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): return False
with Ctx() \
        as t:
    pass
for i \
        in range(2):
    pass
del \
    i
print(math.pi, pi, tau)
