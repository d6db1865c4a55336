import sys; import gc
from math import pi; x = pi
import time; from random import seed; seed(1)
print(sys, gc, x, time)
