import sys
import math as m
import time, random
import gc as g, weakref
from math import pi
from math import sqrt, floor as fl
from csv import reader, DictReader as DR
print(sys.argv, m.pi, time.time, random.seed, g, weakref, pi, sqrt, fl, reader, DR)
