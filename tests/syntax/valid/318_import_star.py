from math import *
from time import (sleep)
print(floor(1.5))
