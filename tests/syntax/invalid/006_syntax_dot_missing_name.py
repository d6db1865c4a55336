import math
x = math.
